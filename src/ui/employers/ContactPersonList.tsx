import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { ContactPerson } from '../../domain/employer';
import { paths } from '../app/paths';
import { ContactLinks } from '../components/ContactLinks';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';

/** The people at an employer; the decision maker is said in words and listed first. */
export function ContactPersonList({ employerId, people }: { employerId: string; people: ContactPerson[] }) {
  const { t } = useI18n();
  return (
    <VStack as="section" gap="space-12" aria-labelledby="contact-persons-heading">
      <Heading level="2" size="medium" id="contact-persons-heading">
        {t('contactPersons.heading')}
      </Heading>
      {people.length === 0 ? (
        <BodyShort>{t('contactPersons.empty')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-16" className="list-reset">
          {people.map((person) => (
            <VStack as="li" key={person.id} gap="space-8">
              <HStack gap="space-8" align="center" wrap>
                <BodyShort weight="semibold" as="span">
                  {person.role ? t('contactPersons.nameAndRole', { name: person.name, role: person.role }) : person.name}
                </BodyShort>
                {person.decisionMaker && (
                  <Tag size="xsmall" variant="alt3">
                    {t('contactPersons.decisionMaker')}
                  </Tag>
                )}
              </HStack>
              <ContactLinks name={person.name} phone={person.phone} email={person.email} address="" />
              <HStack>
                <LinkButton
                  to={paths.editContactPerson(employerId, person.id)}
                  variant="tertiary"
                  size="small"
                  icon={<PencilIcon aria-hidden />}
                >
                  {t('contactPersons.edit', { name: person.name })}
                </LinkButton>
              </HStack>
            </VStack>
          ))}
        </VStack>
      )}
      <HStack>
        <LinkButton to={paths.newContactPerson(employerId)} variant="secondary" size="small" icon={<PlusIcon aria-hidden />}>
          {t('contactPersons.add')}
        </LinkButton>
      </HStack>
    </VStack>
  );
}
