import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { FollowUpStatus } from '../../domain/followUpRhythm';
import type { Placement } from '../../domain/placement';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { FactList } from './FactList';
import { frequencyText, overdueText, rhythmLine } from './rhythmText';

/**
 * The jobbstøtteplan and how the follow-up keeps to it. Overdue is said in
 * words, never by colour alone.
 */
export function PlanSummary({ placement, status }: { placement: Placement; status: FollowUpStatus }) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = useToday();
  const overdue = overdueText(status, i18n);
  const ways = placement.followUpWays.map((way) => t(`followUpWay.${way}`)).join(', ');
  const planEmpty = placement.followUpFrequency === '' && ways === '' && placement.responsibilities === '';

  return (
    <VStack as="section" gap="space-12" aria-labelledby="plan-heading">
      <Heading level="2" size="medium" id="plan-heading">
        {t('placement.planHeading')}
      </Heading>
      <VStack gap="space-4">
        <Heading level="3" size="xsmall">
          {t('placement.rhythmHeading')}
        </Heading>
        {placement.status === 'ongoing' ? (
          <>
            <BodyShort>{rhythmLine(placement, status, today, i18n)}</BodyShort>
            {overdue && (
              <Alert variant="warning" size="small" inline>
                {overdue}
              </Alert>
            )}
          </>
        ) : (
          <BodyShort>{t('placement.notOngoing')}</BodyShort>
        )}
      </VStack>
      {planEmpty ? (
        <BodyShort>{t('placement.planEmpty')}</BodyShort>
      ) : (
        <FactList
          facts={[
            [t('placement.planFrequency'), frequencyText(placement, t)],
            [t('placement.planWays'), ways],
            [t('placement.planResponsibilities'), placement.responsibilities],
          ]}
        />
      )}
    </VStack>
  );
}
