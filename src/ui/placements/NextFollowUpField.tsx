import { BodyShort, HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { followUpAfter, QUICK_FOLLOW_UPS, type QuickFollowUp } from '../../domain/quickLog';
import { DateField } from '../components/DateField';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import type { MessageKey } from '../i18n/dictionary';

export type NextFollowUpChoice = QuickFollowUp | 'none' | 'date';
export interface NextFollowUpValues {
  /** The visit's date, which the quick choices count from. */
  date: string;
  followUp: NextFollowUpChoice;
  followUpDate: string;
}

const LABELS: Record<NextFollowUpChoice, MessageKey> = {
  '1w': 'notes.followUp1w',
  '2w': 'notes.followUp2w',
  '1m': 'notes.followUp1m',
  none: 'notes.followUpNone',
  date: 'notes.followUpDate',
};
const CHOICES: readonly NextFollowUpChoice[] = [...QUICK_FOLLOW_UPS, 'none', 'date'];

/** The follow-up date the choice gives; '' for none, or while the visit's date is not a valid date. */
export function resolveFollowUp(values: NextFollowUpValues): IsoDate {
  if (values.followUp === 'none') return '';
  if (values.followUp === 'date') return values.followUpDate;
  return isIsoDate(values.date) ? followUpAfter(values.date, values.followUp) : '';
}

interface NextFollowUpFieldProps {
  values: NextFollowUpValues;
  onChange: (followUp: NextFollowUpChoice, followUpDate: string) => void;
  error: string | undefined;
}

/** [QUICK-3] The next follow-up in one tap (+1 week, +2 weeks, +1 month from the visit), none, or any date. */
export function NextFollowUpField({ values, onChange, error }: NextFollowUpFieldProps) {
  const { t, language } = useI18n();
  const resolved = resolveFollowUp(values);
  return (
    <VStack gap="space-12">
      <RadioGroup
        id={fieldId('followUp')}
        legend={t('notes.followUp')}
        description={t('notes.followUpFrom')}
        value={values.followUp}
        // Switching to "other date" keeps the date on screen, so it can be adjusted rather than retyped.
        onChange={(choice: NextFollowUpChoice) => onChange(choice, choice === 'date' ? resolved : values.followUpDate)}
      >
        <HStack gap="space-0 space-16" wrap>
          {CHOICES.map((choice) => (
            <Radio key={choice} value={choice}>
              {t(LABELS[choice])}
            </Radio>
          ))}
        </HStack>
      </RadioGroup>
      {values.followUp !== 'date' && resolved !== '' && (
        <BodyShort size="small">{t('notes.nextFollowUpOn', { date: formatDate(resolved, language) })}</BodyShort>
      )}
      {values.followUp === 'date' && (
        <DateField
          name="nextFollowUp"
          label={t('notes.followUpDateLabel')}
          min={values.date || undefined}
          value={values.followUpDate}
          error={error}
          onChange={(value) => onChange('date', value)}
        />
      )}
    </VStack>
  );
}
