import { Checkbox, CheckboxGroup, Fieldset, TextField, Textarea, VStack } from '@navikt/ds-react';
import { SUPPORTS } from '../../domain/placement';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import type { PlacementFormValues } from './placementFormValues';

interface SupportFieldsProps {
  values: PlacementFormValues;
  setField: <K extends keyof PlacementFormValues>(field: K, value: PlacementFormValues[K]) => void;
  errorFor: (field: string) => string | undefined;
}

/** Lønnstilskudd and the other measures, the mentor at the workplace, and the accommodations made. */
export function SupportFields({ values, setField, errorFor }: SupportFieldsProps) {
  const { t } = useI18n();
  const text = (name: 'supportOther' | 'mentorName' | 'mentorPhone' | 'accommodations') => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => setField(name, event.target.value),
  });

  return (
    <Fieldset legend={t('placementForm.supportSection')} errorPropagation={false}>
      <VStack gap="space-16">
        <CheckboxGroup
          id={fieldId('supports')}
          legend={t('placementForm.supports')}
          value={values.supports}
          error={errorFor('supports')}
          onChange={(value: string[]) => setField('supports', value)}
        >
          {SUPPORTS.map((support) => (
            <Checkbox key={support} value={support}>
              {t(`support.${support}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {values.supports.includes('other') && <TextField label={t('placementForm.supportOther')} {...text('supportOther')} />}
        <TextField label={t('placementForm.mentorName')} {...text('mentorName')} />
        <TextField label={t('placementForm.mentorPhone')} type="tel" inputMode="tel" {...text('mentorPhone')} />
        <Textarea label={t('placementForm.accommodations')} minRows={2} {...text('accommodations')} />
      </VStack>
    </Fieldset>
  );
}
