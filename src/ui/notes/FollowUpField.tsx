import { HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { DateField } from '../components/DateField';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { FOLLOW_UP_CHOICES, followUpDate, type FollowUpChoice, type NoteFormValues } from './noteFormValues';

const CHOICE_LABELS: Record<FollowUpChoice, MessageKey> = {
  none: 'notes.followUpNone',
  '1w': 'notes.followUp1w',
  '2w': 'notes.followUp2w',
  '1m': 'notes.followUp1m',
  date: 'notes.followUpDate',
};

type SetField = <K extends keyof NoteFormValues>(field: K, value: NoteFormValues[K]) => void;

/** Next follow-up in one tap (+1 week, +2 weeks, +1 month from the note's date), or any date. */
export function FollowUpField({ values, setField, error }: { values: NoteFormValues; setField: SetField; error: string | undefined }) {
  const { t } = useI18n();
  const resolved = followUpDate(values);

  const choose = (choice: FollowUpChoice) => {
    // Keep the date on screen when switching to "other date", so it can be adjusted rather than retyped.
    if (choice === 'date') setField('followUpDate', resolved);
    setField('followUp', choice);
  };

  return (
    <VStack gap="space-12">
      <RadioGroup
        id={fieldId('followUp')}
        legend={t('notes.followUp')}
        description={t('notes.followUpFrom')}
        value={values.followUp}
        onChange={(value: FollowUpChoice) => choose(value)}
      >
        <HStack gap="space-0 space-16" wrap>
          {FOLLOW_UP_CHOICES.map((choice) => (
            <Radio key={choice} value={choice}>
              {t(CHOICE_LABELS[choice])}
            </Radio>
          ))}
        </HStack>
      </RadioGroup>
      <DateField
        name="nextFollowUp"
        label={t('notes.followUpDateLabel')}
        min={values.date || undefined}
        value={resolved}
        error={error}
        onChange={(value) => {
          setField('followUpDate', value);
          setField('followUp', value === '' ? 'none' : 'date');
        }}
      />
    </VStack>
  );
}
