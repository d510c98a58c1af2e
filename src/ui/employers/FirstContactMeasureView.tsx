import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { FirstContactMeasure } from '../../domain/firstEmployerContact';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

/**
 * [IPS-3] The 30-day measure on a jobseeker's page, in words: the first
 * face-to-face employer contact and the days since referral, or the days
 * left while there is none. An overdue one is a warning, said in text.
 */
export function FirstContactMeasureView({ measure }: { measure: FirstContactMeasure }) {
  const { t, language } = useI18n();
  let text: string;
  if (measure.kind === 'met') {
    const when = t('firstContact.met', { date: formatDate(measure.date, language), days: measure.days });
    text = `${when} ${measure.withinTarget ? t('firstContact.within') : t('firstContact.notWithin')}`;
  } else if (measure.overdue) {
    text = t('firstContact.overdue', { days: measure.daysSinceReferral });
  } else {
    text = t('firstContact.pending', { days: measure.daysSinceReferral, left: measure.daysLeft });
  }
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {t('firstContact.heading')}
      </Heading>
      {measure.kind === 'pending' && measure.overdue ? (
        <Alert variant="warning" size="small">
          {text}
        </Alert>
      ) : (
        <BodyShort>{text}</BodyShort>
      )}
    </VStack>
  );
}
