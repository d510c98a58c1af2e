import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  fieldErrors,
  formatPhone,
  isoDate,
  normalizePhone,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  pastOrTodayDate,
  requiredText,
} from '../../src/domain/validation';

const TODAY = '2025-03-10';

/** The reason code a schema gives for a value, or null when the value is valid. */
function reasonFor(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
}

describe('normalizePhone: Norwegian phone numbers', () => {
  it.each([
    ['91234567', '91234567'],
    ['912 34 567', '91234567'],
    ['91 23 45 67', '91234567'],
    ['+4791234567', '91234567'],
    ['+47 912 34 567', '91234567'],
    ['004791234567', '91234567'],
    ['0047 912 34 567', '91234567'],
    ['912.34.567', '91234567'],
    ['912-34-567', '91234567'],
    [' 22 33 44 55 ', '22334455'],
  ])('reads %j as the 8 digits %s', (raw, digits) => {
    expect(normalizePhone(raw)).toBe(digits);
  });

  it.each([
    ['1234567', 'seven digits'],
    ['912345678', 'nine digits'],
    ['+46 912 34 567', 'a Swedish country code'],
    ['4791234567', 'a country code without + or 00'],
    ['+47 912 34 56', 'seven digits after +47'],
    ['912 34 56a', 'a letter'],
    ['(+47) 91234567', 'brackets'],
    ['', 'nothing'],
  ])('rejects %j (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('shows 8 digits grouped as Norwegian mobile numbers are written', () => {
    expect(formatPhone('91234567')).toBe('912 34 567');
  });

  it('leaves anything that is not 8 digits as it is', () => {
    expect(formatPhone('1234')).toBe('1234');
    expect(formatPhone('')).toBe('');
  });
});

describe('optionalPhone', () => {
  it('stores a valid number as its 8 digits', () => {
    expect(optionalPhone.parse(' +47 912 34 567 ')).toBe('91234567');
  });

  it('allows the field to be left empty or missing', () => {
    expect(optionalPhone.parse('')).toBe('');
    expect(optionalPhone.parse('   ')).toBe('');
    expect(optionalPhone.parse(undefined)).toBe('');
  });

  it('rejects a number that is not Norwegian with error.phone', () => {
    expect(reasonFor(optionalPhone, '123 45')).toBe('error.phone');
  });
});

describe('optionalEmail', () => {
  it.each(['kari.nordmann@example.no', 'ola+jobb@eksempel.com'])('accepts %s', (value) => {
    expect(optionalEmail.parse(value)).toBe(value);
  });

  it('trims spaces around an address', () => {
    expect(optionalEmail.parse('  kari@example.no ')).toBe('kari@example.no');
  });

  it('allows the field to be left empty or missing', () => {
    expect(optionalEmail.parse('')).toBe('');
    expect(optionalEmail.parse(undefined)).toBe('');
  });

  it.each(['kari', 'kari@', '@example.no', 'kari nordmann@example.no', 'kari@example'])('rejects %j with error.email', (value) => {
    expect(reasonFor(optionalEmail, value)).toBe('error.email');
  });
});

describe('requiredText and optionalText', () => {
  it('rejects an empty or blank required text with error.required', () => {
    expect(reasonFor(requiredText(), '')).toBe('error.required');
    expect(reasonFor(requiredText(), '   ')).toBe('error.required');
  });

  it('trims a required text', () => {
    expect(requiredText().parse('  Kari  ')).toBe('Kari');
  });

  it('rejects a text longer than its limit with error.tooLong, and accepts one at the limit', () => {
    expect(reasonFor(requiredText(5), 'abcdef')).toBe('error.tooLong');
    expect(requiredText(5).parse('abcde')).toBe('abcde');
    expect(reasonFor(optionalText(5), 'abcdef')).toBe('error.tooLong');
  });

  it('defaults a missing optional text to empty', () => {
    expect(optionalText().parse(undefined)).toBe('');
  });
});

describe('date fields', () => {
  it('rejects a date that does not exist with error.date', () => {
    expect(reasonFor(isoDate, '2025-02-30')).toBe('error.date');
    expect(reasonFor(optionalIsoDate, '10.03.2025')).toBe('error.date');
  });

  it('allows an optional date to be empty or missing', () => {
    expect(optionalIsoDate.parse('')).toBe('');
    expect(optionalIsoDate.parse(undefined)).toBe('');
  });

  it('accepts today and earlier for a date that cannot lie in the future', () => {
    expect(pastOrTodayDate(TODAY).parse(TODAY)).toBe(TODAY);
    expect(pastOrTodayDate(TODAY).parse('2024-12-31')).toBe('2024-12-31');
  });

  it('rejects tomorrow with error.dateInFuture', () => {
    expect(reasonFor(pastOrTodayDate(TODAY), '2025-03-11')).toBe('error.dateInFuture');
  });
});

describe('fieldErrors', () => {
  const form = z.object({ name: requiredText(), phone: optionalPhone, contact: z.object({ email: optionalEmail }) });

  it('maps each field, by its dotted path, to its reason code', () => {
    const result = form.safeParse({ name: '', phone: '12', contact: { email: 'nope' } });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: 'error.required',
      phone: 'error.phone',
      'contact.email': 'error.email',
    });
  });

  it('keeps only the first problem of a field', () => {
    const twoRules = z.object({ code: z.string().check(z.minLength(3, { error: 'first' }), z.regex(/^\d+$/, { error: 'second' })) });
    const result = twoRules.safeParse({ code: 'x' });
    expect(fieldErrors(result.error!)).toEqual({ code: 'first' });
  });
});
