import { HStack, Radio, RadioGroup, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { CHANNELS, MEETING_STATUSES, MEETING_TYPES } from '../../domain/note';
import { SE_STEPS } from '../../domain/seSteps';
import { DateField } from '../components/DateField';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import { FollowUpField } from './FollowUpField';
import type { NoteFormValues } from './noteFormValues';

interface NoteFieldsProps {
  values: NoteFormValues;
  setField: <K extends keyof NoteFormValues>(field: K, value: NoteFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
}

/**
 * The fields of a note, in the order they come to mind in the car: what kind
 * of contact, what happened (dictated), then the details and the next follow-up.
 */
export function NoteFields({ values, setField, errorFor }: NoteFieldsProps) {
  const { t } = useI18n();
  const text = (name: 'time' | 'durationMinutes' | 'text') => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) => setField(name, event.target.value),
  });

  return (
    <VStack gap="space-24">
      <Select
        id={fieldId('meetingType')}
        label={t('notes.meetingType')}
        value={values.meetingType}
        error={errorFor('meetingType')}
        onChange={(event) => setField('meetingType', event.target.value)}
      >
        <option value="">{t('notes.chooseMeetingType')}</option>
        {MEETING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`meetingType.${type}`)}
          </option>
        ))}
      </Select>
      {/* Autofocus: the text is what the user came to write, often by dictation. */}
      <Textarea label={t('notes.text')} description={t('notes.textHint')} minRows={6} autoFocus {...text('text')} />
      <HStack gap="space-16" wrap>
        <DateField
          name="date"
          label={t('notes.date')}
          value={values.date}
          error={errorFor('date')}
          onChange={(value) => setField('date', value)}
        />
        <TextField label={t('notes.time')} type={'time' as 'text'} autoComplete="off" htmlSize={8} {...text('time')} />
      </HStack>
      <RadioGroup
        id={fieldId('channel')}
        legend={t('notes.channel')}
        value={values.channel}
        error={errorFor('channel')}
        onChange={(value: string) => setField('channel', value)}
      >
        <HStack gap="space-0 space-16" wrap>
          {CHANNELS.map((channel) => (
            <Radio key={channel} value={channel}>
              {t(`channel.${channel}`)}
            </Radio>
          ))}
        </HStack>
      </RadioGroup>
      <RadioGroup
        id={fieldId('status')}
        legend={t('notes.status')}
        description={t('notes.statusHint')}
        value={values.status}
        error={errorFor('status')}
        onChange={(value: string) => setField('status', value)}
      >
        {MEETING_STATUSES.map((status) => (
          <Radio key={status} value={status}>
            {t(`meetingStatus.${status}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextField label={t('notes.duration')} inputMode="numeric" autoComplete="off" htmlSize={6} {...text('durationMinutes')} />
      <Select
        id={fieldId('step')}
        label={t('notes.step')}
        value={values.step}
        error={errorFor('step')}
        onChange={(event) => setField('step', event.target.value)}
      >
        {SE_STEPS.map((step) => (
          <option key={step} value={String(step)}>
            {t(`step.short.${step}`)}
          </option>
        ))}
      </Select>
      <FollowUpField values={values} setField={setField} error={errorFor('nextFollowUp')} />
    </VStack>
  );
}
