import { describe, expect, it } from 'vitest';
import { profileInputSchema, type ProfileInput } from '../../src/domain/profile';
import { fieldErrors } from '../../src/domain/validation';

function problems(input: ProfileInput): Record<string, string> {
  const result = profileInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the vocational profile (yrkeskartlegging)', () => {
  it('may start empty: every field is optional', () => {
    const fields = profileInputSchema.parse({});
    expect(fields.jobWishes).toEqual([]);
    expect(fields.preferredPercent).toBe('');
    expect(fields.cvStatus).toBe('');
    expect(fields.driversLicence).toBe('');
  });

  it('keeps job wishes in their order of priority, trimmed', () => {
    expect(profileInputSchema.parse({ jobWishes: [' Lager ', 'Butikk', 'Kafé'] }).jobWishes).toEqual(['Lager', 'Butikk', 'Kafé']);
  });

  it('rejects an empty job wish, naming its place', () => {
    expect(problems({ jobWishes: ['Lager', ' '] })).toEqual({ 'jobWishes.1': 'error.required' });
  });

  it('reads the preferred position percentage from a form field as a whole number', () => {
    expect(profileInputSchema.parse({ preferredPercent: '50' }).preferredPercent).toBe(50);
    expect(profileInputSchema.parse({ preferredPercent: 0 }).preferredPercent).toBe(0);
    expect(profileInputSchema.parse({ preferredPercent: '100' }).preferredPercent).toBe(100);
  });

  it('rejects a percentage above 100 or below 0 with error.percent', () => {
    expect(problems({ preferredPercent: '101' })).toEqual({ preferredPercent: 'error.percent' });
    expect(problems({ preferredPercent: '-10' })).toEqual({ preferredPercent: 'error.percent' });
  });

  it.each(['femti', '50.5'])('rejects the percentage %j with error.number', (preferredPercent) => {
    expect(problems({ preferredPercent })).toEqual({ preferredPercent: 'error.number' });
  });

  it('accepts only the known CV statuses and a yes or no for the driving licence', () => {
    expect(profileInputSchema.parse({ cvStatus: 'in-progress', driversLicence: 'no' })).toMatchObject({
      cvStatus: 'in-progress',
      driversLicence: 'no',
    });
    expect(profileInputSchema.safeParse({ cvStatus: 'perfect' }).success).toBe(false);
    expect(profileInputSchema.safeParse({ driversLicence: 'maybe' }).success).toBe(false);
  });

  it('limits long texts to 4000 characters and the preferred hours to 200', () => {
    expect(problems({ skills: 'x'.repeat(4001) })).toEqual({ skills: 'error.tooLong' });
    expect(problems({ skills: 'x'.repeat(4000) })).toEqual({});
    expect(problems({ preferredHours: 'x'.repeat(201) })).toEqual({ preferredHours: 'error.tooLong' });
  });
});
