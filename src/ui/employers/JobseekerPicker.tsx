import { Checkbox, CheckboxGroup, TextField, VStack } from '@navikt/ds-react';
import { useMemo, useState } from 'react';
import type { Jobseeker } from '../../domain/jobseeker';
import { nameMatchesQuery, normalizeName } from '../../domain/nameMatch';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';

/** How many people are offered at once; type a name to find the rest. */
const SHOWN = 12;

interface JobseekerPickerProps {
  people: readonly Jobseeker[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/** Tick the jobseekers an employer contact concerned. The ticked ones stay shown, first. */
export function JobseekerPicker({ people, value, onChange, error }: JobseekerPickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const chosen = people.filter((person) => value.includes(person.id));
    const others = people
      .filter((person) => !value.includes(person.id) && nameMatchesQuery(normalizeName(person.name), query))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .slice(0, SHOWN);
    return [...chosen, ...others];
  }, [people, value, query]);
  return (
    <VStack gap="space-8">
      {people.length > SHOWN && (
        <TextField
          label={t('jobseekerPicker.filter')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
      )}
      <CheckboxGroup id={fieldId('jobseekerIds')} legend={t('jobseekerPicker.legend')} value={value} error={error} onChange={onChange}>
        {shown.map((person) => (
          <Checkbox key={person.id} value={person.id}>
            {person.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </VStack>
  );
}
