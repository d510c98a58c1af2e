import { describe, expect, it } from 'vitest';
import { employerInputSchema } from '../../src/domain/employer';
import { formatOrgnr, isValidOrgnr, normalizeOrgnr } from '../../src/domain/orgnr';
import { fieldErrors } from '../../src/domain/validation';

describe('[ORGNR-1] the organisation number check digit (modulus 11, weights 3 2 7 6 5 4 3 2)', () => {
  it.each([
    ['974760673', 'NAV'],
    ['123456785', 'a made-up number with the right check digit'],
    ['910000020', 'a remainder of 0 gives check digit 0'],
  ])('accepts %s (%s)', (orgnr) => {
    expect(isValidOrgnr(orgnr)).toBe(true);
  });

  it.each([
    ['123456789', 'wrong check digit'],
    ['974760674', 'NAV with the last digit changed'],
    ['97476067', '8 digits'],
    ['9747606731', '10 digits'],
    ['97476067A', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (orgnr) => {
    expect(isValidOrgnr(orgnr)).toBe(false);
  });

  it('refuses every number whose check digit would be 10: such numbers are never issued', () => {
    for (let last = 0; last <= 9; last++) expect(isValidOrgnr(`10000013${last}`)).toBe(false);
  });

  it('accepts the number as people write it, with spaces, dots or dashes', () => {
    expect(isValidOrgnr('974 760 673')).toBe(true);
    expect(isValidOrgnr('974.760.673')).toBe(true);
    expect(normalizeOrgnr('974 760-673')).toBe('974760673');
  });

  it('shows nine digits in groups of three, and leaves anything else as it is', () => {
    expect(formatOrgnr('974760673')).toBe('974 760 673');
    expect(formatOrgnr('1234')).toBe('1234');
  });
});

describe('the employer form: orgnr and the rest', () => {
  const problems = (input: unknown) => {
    const result = employerInputSchema.safeParse(input);
    return result.success ? {} : fieldErrors(result.error);
  };

  it('needs only a name; orgnr, contact details and notes are optional, and a new employer is "ny"', () => {
    expect(employerInputSchema.parse({ name: ' Fiktiv Bakeri AS ' })).toEqual({
      name: 'Fiktiv Bakeri AS',
      orgnr: '',
      industry: '',
      address: '',
      phone: '',
      web: '',
      notes: '',
      relationship: 'new',
    });
  });

  it('gives a wrong orgnr its own message, and stores a right one as nine digits', () => {
    expect(problems({ name: 'Fiktiv Bakeri AS', orgnr: '123456789' })).toEqual({ orgnr: 'error.orgnr' });
    expect(problems({ name: 'Fiktiv Bakeri AS', orgnr: '12345678' })).toEqual({ orgnr: 'error.orgnr' });
    expect(employerInputSchema.parse({ name: 'Fiktiv Bakeri AS', orgnr: ' 974 760 673 ' }).orgnr).toBe('974760673');
  });

  it('stores a Norwegian phone number as 8 digits, with or without +47', () => {
    expect(employerInputSchema.parse({ name: 'Fiktiv Bakeri AS', phone: '+47 22 33 44 55' }).phone).toBe('22334455');
    expect(problems({ name: 'Fiktiv Bakeri AS', phone: '223 344' })).toEqual({ phone: 'error.phone' });
  });

  it('knows the four relationship statuses and no others', () => {
    for (const relationship of ['new', 'in-dialogue', 'partner', 'not-relevant'])
      expect(problems({ name: 'Fiktiv Bakeri AS', relationship })).toEqual({});
    expect(problems({ name: 'Fiktiv Bakeri AS', relationship: 'friend' })).toEqual({ relationship: 'error.required' });
  });
});
