import { Select, TextField, VStack } from '@navikt/ds-react';
import { useMemo, useState } from 'react';
import type { Employer } from '../../domain/employer';
import { searchEmployers } from '../../domain/employerRegister';
import { formatOrgnr } from '../../domain/orgnr';
import { fieldId } from '../components/FormErrors';
import { useI18n } from '../i18n/I18nProvider';

interface EmployerPickerProps {
  employers: readonly Employer[];
  value: string;
  onChange: (employerId: string) => void;
  error?: string | undefined;
  label: string;
  /** The text of the empty choice ("Velg arbeidsgiver", or "Ikke i registeret"). */
  noneLabel: string;
}

/**
 * Choose an employer from the register: type part of the name or orgnr to
 * narrow the list, then pick in the phone's own list. The chosen one always
 * stays in the list, whatever is typed.
 */
export function EmployerPicker({ employers, value, onChange, error, label, noneLabel }: EmployerPickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const found = searchEmployers(employers, query);
    const chosen = employers.find((employer) => employer.id === value);
    return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
  }, [employers, query, value]);
  return (
    <VStack gap="space-8">
      {employers.length > 8 && (
        <TextField
          label={t('employerPicker.filter')}
          description={t('employerPicker.filterHint', { count: options.length })}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
      )}
      <Select id={fieldId('employerId')} label={label} value={value} error={error} onChange={(event) => onChange(event.target.value)}>
        <option value="">{noneLabel}</option>
        {options.map((employer) => (
          <option key={employer.id} value={employer.id}>
            {employer.orgnr ? `${employer.name} (${formatOrgnr(employer.orgnr)})` : employer.name}
          </option>
        ))}
      </Select>
    </VStack>
  );
}
