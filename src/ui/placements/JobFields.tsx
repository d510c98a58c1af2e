import { Fieldset, HStack, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { EMPLOYMENT_FORMS } from '../../domain/placement';
import { DateField } from '../components/DateField';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import type { PlacementFormValues } from './placementFormValues';

interface JobFieldsProps {
  values: PlacementFormValues;
  setField: <K extends keyof PlacementFormValues>(field: K, value: PlacementFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
  /** A new placement picks Planlagt or Pågående here. */
  isNew: boolean;
}

/** The job itself: title, ansettelsesform, size of the position, wage and period. */
export function JobFields({ values, setField, errorFor, isNew }: JobFieldsProps) {
  const { t } = useI18n();
  const text = (name: 'jobTitle' | 'percent' | 'hoursPerWeek' | 'hourlyWage') => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => setField(name, event.target.value),
  });

  return (
    <Fieldset legend={t('placementForm.jobSection')} errorPropagation={false}>
      <VStack gap="space-16">
        <TextField label={t('placementForm.jobTitle')} {...text('jobTitle')} />
        <Select
          id={fieldId('employmentForm')}
          label={t('placementForm.employmentForm')}
          value={values.employmentForm}
          error={errorFor('employmentForm')}
          onChange={(event) => setField('employmentForm', event.target.value)}
        >
          <option value="">{t('placementForm.chooseEmploymentForm')}</option>
          {EMPLOYMENT_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(`employmentForm.${form}`)}
            </option>
          ))}
        </Select>
        <HStack gap="space-16" wrap>
          <TextField label={t('placementForm.percent')} inputMode="numeric" htmlSize={6} {...text('percent')} />
          <TextField label={t('placementForm.hoursPerWeek')} inputMode="decimal" htmlSize={6} {...text('hoursPerWeek')} />
        </HStack>
        <TextField label={t('placementForm.hourlyWage')} inputMode="decimal" htmlSize={8} {...text('hourlyWage')} />
        <HStack gap="space-16" wrap>
          <DateField
            name="startDate"
            label={t('placementForm.startDate')}
            value={values.startDate}
            error={errorFor('startDate')}
            onChange={(value) => setField('startDate', value)}
          />
          <DateField
            name="plannedEndDate"
            label={t('placementForm.plannedEndDate')}
            min={values.startDate || undefined}
            value={values.plannedEndDate}
            error={errorFor('plannedEndDate')}
            onChange={(value) => setField('plannedEndDate', value)}
          />
        </HStack>
        {isNew && (
          <RadioGroup
            id={fieldId('status')}
            legend={t('placementForm.status')}
            description={t('placementForm.statusHint')}
            value={values.status}
            error={errorFor('status')}
            onChange={(value: string) => setField('status', value)}
          >
            <HStack gap="space-0 space-16" wrap>
              {(['planned', 'ongoing'] as const).map((status) => (
                <Radio key={status} value={status}>
                  {t(`placementStatus.${status}`)}
                </Radio>
              ))}
            </HStack>
          </RadioGroup>
        )}
      </VStack>
    </Fieldset>
  );
}
