import { BodyLong, BodyShort, Detail, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { EmployerContact } from '../../domain/employerContact';
import { paths } from '../app/paths';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

interface EmployerContactItemProps {
  contact: EmployerContact;
  /** On a jobseeker's page: the employer's name, linking to the employer. */
  employerName?: string | undefined;
  /** On an employer's page: the names of the jobseekers it concerned. */
  jobseekerNames?: ReadonlyMap<string, string>;
  contactPersonNames?: ReadonlyMap<string, string>;
}

/** One employer contact: when, how, for whom, who was met, what came of it, and the next follow-up. */
export function EmployerContactItem({ contact, employerName, jobseekerNames, contactPersonNames }: EmployerContactItemProps) {
  const { t, language } = useI18n();
  const met = [
    ...contact.contactPersonIds.map((id) => contactPersonNames?.get(id)).filter((name) => name !== undefined),
    ...(contact.metWith ? [contact.metWith] : []),
  ];
  const forWhom =
    contact.purpose === 'general'
      ? t('employerContact.purpose.general')
      : jobseekerNames
        ? t('employerContact.forPeople', {
            names: contact.jobseekerIds.map((id) => jobseekerNames.get(id) ?? t('employerContact.unknownPerson')).join(', '),
          })
        : undefined;
  return (
    <VStack gap="space-4">
      <BodyShort weight="semibold">
        {formatDate(contact.date, language)} · {t(`channel.${contact.channel}`)}
        {employerName !== undefined && (
          <>
            {' · '}
            <Link as={RouterLink} to={paths.employer(contact.employerId)}>
              {employerName}
            </Link>
          </>
        )}
      </BodyShort>
      <BodyShort>{t('employerContact.outcomeIs', { outcome: t(`employerContactOutcome.${contact.outcome}`) })}</BodyShort>
      {forWhom && <Detail>{forWhom}</Detail>}
      {met.length > 0 && <Detail>{t('employerContact.metWithIs', { names: met.join(', ') })}</Detail>}
      {contact.note && <BodyLong className="pre-wrap">{contact.note}</BodyLong>}
      {contact.followUpDate && <Detail>{t('employerContact.followUpOn', { date: formatDate(contact.followUpDate, language) })}</Detail>}
    </VStack>
  );
}
