import { TextField } from '@navikt/ds-react';
import { fieldId } from './FormErrors';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  min?: string;
  max?: string;
  name?: string;
}

/**
 * A date field with the phone's own date picker (the quickest with one hand),
 * styled and labelled as Aksel's TextField. Aksel's typings leave out
 * type="date", so it is passed through here, in this one place.
 */
export function DateField({ label, value, onChange, error, description, min, max, name }: DateFieldProps) {
  return (
    <TextField
      label={label}
      description={description}
      type={'date' as 'text'}
      value={value}
      name={name}
      id={name ? fieldId(name) : undefined}
      min={min}
      max={max}
      error={error}
      onChange={(event) => onChange(event.target.value)}
      autoComplete="off"
    />
  );
}
