import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import type { ContactPerson } from '../../domain/employer';
import type { EmployerContact } from '../../domain/employerContact';
import { useI18n } from '../i18n/I18nProvider';
import { EmployerContactItem } from './EmployerContactItem';
import { useJobseekers } from '../jobseeker/queries';

/** Every contact with an employer, newest first (the list arrives sorted). */
export function EmployerContactLog({ contacts, contactPersons }: { contacts: EmployerContact[]; contactPersons: ContactPerson[] }) {
  const { t } = useI18n();
  const people = useJobseekers();
  const jobseekerNames = useMemo(() => new Map((people ?? []).map((person) => [person.id, person.name])), [people]);
  const contactPersonNames = useMemo(() => new Map(contactPersons.map((person) => [person.id, person.name])), [contactPersons]);
  return (
    <VStack as="section" gap="space-12" aria-labelledby="employer-contacts-heading">
      <Heading level="2" size="medium" id="employer-contacts-heading">
        {t('employerContact.logHeading')}
      </Heading>
      {contacts.length === 0 ? (
        <BodyShort>{t('employerContact.logEmpty')}</BodyShort>
      ) : (
        <VStack as="ol" gap="space-16" className="list-reset" aria-labelledby="employer-contacts-heading">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <EmployerContactItem contact={contact} jobseekerNames={jobseekerNames} contactPersonNames={contactPersonNames} />
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}
