import { describe, expect, it } from 'vitest';
import { jobseekerInputSchema, jobseekerSchema } from '../../src/domain/jobseeker';
import { fieldErrors } from '../../src/domain/validation';
import { aJobseeker, aJobseekerInput } from './fixtures';

const TODAY = '2025-03-10';

function problems(input: unknown): Record<string, string> {
  const result = jobseekerInputSchema(TODAY).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the jobseeker form', () => {
  it('accepts a name, a referral date and a main goal, and fills the rest with empty text', () => {
    const fields = jobseekerInputSchema(TODAY).parse(aJobseekerInput({ name: 'Kari Nordmann', referralDate: '2025-02-01' }));
    expect(fields).toEqual({
      name: 'Kari Nordmann',
      phone: '',
      email: '',
      address: '',
      referralDate: '2025-02-01',
      counsellorName: '',
      counsellorOffice: '',
      counsellorPhone: '',
      mainGoal: 'job',
      goalText: '',
    });
  });

  it('requires a name, a referral date and a main goal, each with a reason code', () => {
    // The form sends empty strings for fields the user left alone.
    const errors = problems({ name: '', referralDate: '', mainGoal: '' });
    expect(Object.keys(errors).sort()).toEqual(['mainGoal', 'name', 'referralDate']);
    expect(errors.name).toBe('error.required');
    expect(errors.mainGoal).toBe('error.required');
    expect(errors.referralDate).toMatch(/^error\./);
  });

  it('takes a name of spaces only as missing, and trims a name', () => {
    expect(problems(aJobseekerInput({ name: '   ' }))).toEqual({ name: 'error.required' });
    expect(jobseekerInputSchema(TODAY).parse(aJobseekerInput({ name: '  Ola Nordmann ' })).name).toBe('Ola Nordmann');
  });

  it('rejects a name longer than 120 characters', () => {
    expect(problems(aJobseekerInput({ name: 'A'.repeat(121) }))).toEqual({ name: 'error.tooLong' });
    expect(problems(aJobseekerInput({ name: 'A'.repeat(120) }))).toEqual({});
  });

  it('rejects a referral date in the future', () => {
    expect(problems(aJobseekerInput({ referralDate: '2025-03-11' }))).toEqual({ referralDate: 'error.dateInFuture' });
  });

  it('accepts a referral made today', () => {
    expect(problems(aJobseekerInput({ referralDate: TODAY }))).toEqual({});
  });

  it('rejects a referral date that does not exist', () => {
    expect(problems(aJobseekerInput({ referralDate: '2025-02-29' }))).toEqual({ referralDate: 'error.date' });
  });

  it('stores the phone numbers of the jobseeker and the NAV counsellor as 8 digits', () => {
    const fields = jobseekerInputSchema(TODAY).parse(aJobseekerInput({ phone: '+47 912 34 567', counsellorPhone: '0047 55 12 34 56' }));
    expect(fields.phone).toBe('91234567');
    expect(fields.counsellorPhone).toBe('55123456');
  });

  it('rejects a phone number that is not Norwegian', () => {
    expect(problems(aJobseekerInput({ phone: '+46 70 123 45 67' }))).toEqual({ phone: 'error.phone' });
    expect(problems(aJobseekerInput({ counsellorPhone: '1234' }))).toEqual({ counsellorPhone: 'error.phone' });
  });

  it('rejects a malformed e-mail address', () => {
    expect(problems(aJobseekerInput({ email: 'kari.nordmann' }))).toEqual({ email: 'error.email' });
  });

  it('accepts the main goals job and education, and nothing else', () => {
    expect(problems(aJobseekerInput({ mainGoal: 'education' }))).toEqual({});
    expect(problems({ ...aJobseekerInput(), mainGoal: 'pension' })).toEqual({ mainGoal: 'error.required' });
  });

  it('limits the goal text to 500 characters', () => {
    expect(problems(aJobseekerInput({ goalText: 'x'.repeat(501) }))).toEqual({ goalText: 'error.tooLong' });
  });

  it('bounds the referral date by the today it is given, not by the clock', () => {
    const input = aJobseekerInput({ referralDate: '2030-01-01' });
    expect(jobseekerInputSchema('2029-12-31').safeParse(input).success).toBe(false);
    expect(jobseekerInputSchema('2030-01-01').safeParse(input).success).toBe(true);
  });
});

describe('the stored jobseeker record', () => {
  it('accepts a record with its meta', () => {
    expect(jobseekerSchema.safeParse(aJobseeker({ name: 'Kari Nordmann' })).success).toBe(true);
  });

  it('rejects a record without a team', () => {
    expect(jobseekerSchema.safeParse(aJobseeker({ teamId: '' })).success).toBe(false);
  });

  it('keeps the demo mark', () => {
    expect(jobseekerSchema.parse(aJobseeker({ demo: true })).demo).toBe(true);
  });
});
