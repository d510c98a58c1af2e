import { Heading, VStack } from '@navikt/ds-react';
import type { Jobseeker } from '../../domain/jobseeker';
import { canPresentToEmployer } from '../../domain/presentingConsent';
import { useI18n } from '../i18n/I18nProvider';
import { ConsentNotice } from './ConsentNotice';
import { useAgreementsOf } from './queries';

/** [CONSENT-1] For each jobseeker an employer contact concerns: may they be presented, and what may be told. */
export function ChosenPeopleConsent({ people, ids }: { people: readonly Jobseeker[]; ids: string[] }) {
  const { t } = useI18n();
  const agreements = useAgreementsOf(ids);
  if (agreements === undefined || ids.length === 0) return null;
  return (
    <VStack gap="space-16">
      {ids.map((id) => {
        const name = people.find((person) => person.id === id)?.name ?? t('employerContact.unknownPerson');
        return (
          <VStack key={id} gap="space-8">
            <Heading level="2" size="small">
              {t('consent.heading', { name })}
            </Heading>
            <ConsentNotice consent={canPresentToEmployer(agreements.get(id))} name={name} level="3" />
          </VStack>
        );
      })}
    </VStack>
  );
}
