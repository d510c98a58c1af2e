import { Checkbox, CheckboxGroup, Fieldset, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import { FOLLOW_UP_FREQUENCIES, FOLLOW_UP_WAYS } from '../../domain/placement';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import type { PlacementFormValues } from './placementFormValues';

interface PlanFieldsProps {
  values: PlacementFormValues;
  setField: <K extends keyof PlacementFormValues>(field: K, value: PlacementFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The jobbstøtteplan: how often and how follow-up happens, and who does what. */
export function PlanFields({ values, setField, errorFor }: PlanFieldsProps) {
  const { t } = useI18n();
  return (
    <Fieldset legend={t('placementForm.planSection')} description={t('placementForm.planHint')} errorPropagation={false}>
      <VStack gap="space-16">
        <RadioGroup
          id={fieldId('followUpFrequency')}
          legend={t('placementForm.frequency')}
          value={values.followUpFrequency}
          error={errorFor('followUpFrequency')}
          onChange={(value: string) => setField('followUpFrequency', value)}
        >
          {FOLLOW_UP_FREQUENCIES.map((frequency) => (
            <Radio key={frequency} value={frequency}>
              {t(`followUpFrequency.${frequency}`)}
            </Radio>
          ))}
          <Radio value="">{t('placementForm.frequencyNone')}</Radio>
        </RadioGroup>
        {values.followUpFrequency === 'days' && (
          <TextField
            id={fieldId('followUpEveryDays')}
            label={t('placementForm.everyDays')}
            inputMode="numeric"
            htmlSize={6}
            autoComplete="off"
            value={values.followUpEveryDays}
            error={errorFor('followUpEveryDays')}
            onChange={(event) => setField('followUpEveryDays', event.target.value)}
          />
        )}
        <CheckboxGroup
          id={fieldId('followUpWays')}
          legend={t('placementForm.ways')}
          value={values.followUpWays}
          onChange={(value: string[]) => setField('followUpWays', value)}
        >
          {FOLLOW_UP_WAYS.map((way) => (
            <Checkbox key={way} value={way}>
              {t(`followUpWay.${way}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Textarea
          id={fieldId('responsibilities')}
          label={t('placementForm.responsibilities')}
          description={t('placementForm.responsibilitiesHint')}
          minRows={3}
          value={values.responsibilities}
          error={errorFor('responsibilities')}
          onChange={(event) => setField('responsibilities', event.target.value)}
        />
      </VStack>
    </Fieldset>
  );
}
