import { Checkbox, CheckboxGroup, HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { VISIT_PEOPLE, VISIT_PLACES, type VisitPerson, type VisitPlace } from '../../domain/followUpVisit';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';

interface VisitFieldsProps {
  place: VisitPlace | '';
  withWhom: VisitPerson[];
  onPlace: (place: VisitPlace) => void;
  onWithWhom: (people: VisitPerson[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** Where a follow-up took place (on or off the job) and who was there. */
export function VisitFields({ place, withWhom, onPlace, onWithWhom, errorFor }: VisitFieldsProps) {
  const { t } = useI18n();
  return (
    <VStack gap="space-16">
      <RadioGroup id={fieldId('place')} legend={t('visitForm.place')} value={place} error={errorFor('place')} onChange={onPlace}>
        <HStack gap="space-0 space-16" wrap>
          {VISIT_PLACES.map((value) => (
            <Radio key={value} value={value}>
              {t(`visitPlace.${value}`)}
            </Radio>
          ))}
        </HStack>
      </RadioGroup>
      <CheckboxGroup
        id={fieldId('withWhom')}
        legend={t('visitForm.withWhom')}
        value={withWhom}
        error={errorFor('withWhom.0')}
        onChange={onWithWhom}
      >
        <HStack gap="space-0 space-16" wrap>
          {VISIT_PEOPLE.map((person) => (
            <Checkbox key={person} value={person}>
              {t(`visitPerson.${person}`)}
            </Checkbox>
          ))}
        </HStack>
      </CheckboxGroup>
    </VStack>
  );
}
