import { Checkbox, CheckboxGroup, TextField, VStack } from '@navikt/ds-react';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';
import { useContactPersons } from './queries';

interface MetWithFieldsProps {
  employerId: string;
  contactPersonIds: string[];
  metWith: string;
  onContactPersonsChange: (ids: string[]) => void;
  onMetWithChange: (text: string) => void;
}

/** Who was met: the employer's registered contact persons, and anyone else in free text. */
export function MetWithFields({ employerId, contactPersonIds, metWith, onContactPersonsChange, onMetWithChange }: MetWithFieldsProps) {
  const { t } = useI18n();
  const people = useContactPersons(employerId) ?? [];
  const text = (
    <TextField
      id={fieldId('metWith')}
      label={people.length > 0 ? t('metWith.others') : t('metWith.legend')}
      description={t('metWith.hint')}
      value={metWith}
      autoComplete="off"
      onChange={(event) => onMetWithChange(event.target.value)}
    />
  );
  if (people.length === 0) return text;
  return (
    <VStack gap="space-16">
      <CheckboxGroup legend={t('metWith.legend')} value={contactPersonIds} onChange={onContactPersonsChange}>
        {people.map((person) => (
          <Checkbox key={person.id} value={person.id}>
            {person.role ? t('contactPersons.nameAndRole', { name: person.name, role: person.role }) : person.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {text}
    </VStack>
  );
}
