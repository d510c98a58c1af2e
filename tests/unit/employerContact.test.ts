import { describe, expect, it } from 'vitest';
import { employerContactInputSchema, newestContactsFirst, type EmployerContactInput } from '../../src/domain/employerContact';
import { fieldErrors } from '../../src/domain/validation';
import { anEmployerContact, anEmployerContactInput } from './employerFixtures';

const TODAY = '2025-03-10';

function problems(input: EmployerContactInput, today = TODAY): Record<string, string> {
  const result = employerContactInputSchema(today).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('[EMPCONTACT-1] logging an employer contact: dates', () => {
  it('accepts a contact held today or earlier, and refuses one tomorrow', () => {
    expect(problems(anEmployerContactInput({ date: TODAY }))).toEqual({});
    expect(problems(anEmployerContactInput({ date: '2025-03-11' }))).toEqual({ date: 'error.dateInFuture' });
  });

  it('accepts a follow-up on the day of the contact or later, and refuses one before it', () => {
    expect(problems(anEmployerContactInput({ date: '2025-03-03', followUpDate: '2025-03-03' }))).toEqual({});
    expect(problems(anEmployerContactInput({ date: '2025-03-03', followUpDate: '2025-04-01' }))).toEqual({});
    expect(problems(anEmployerContactInput({ date: '2025-03-03', followUpDate: '2025-03-02' }))).toEqual({
      followUpDate: 'error.followUpBeforeContact',
    });
  });

  it('refuses a date that does not exist', () => {
    expect(problems(anEmployerContactInput({ date: '2025-02-30' })).date).toBe('error.date');
  });
});

describe('[EMPCONTACT-2] logging an employer contact: what it was for', () => {
  it('needs an employer, a channel and an outcome', () => {
    expect(problems(anEmployerContactInput({ employerId: '' }))).toEqual({ employerId: 'error.employerRequired' });
    expect(problems({ ...anEmployerContactInput(), channel: undefined as never, outcome: undefined as never })).toEqual({
      channel: 'error.required',
      outcome: 'error.required',
    });
  });

  it('takes the three channels Fysisk, Telefon and Digitalt', () => {
    for (const channel of ['in-person', 'phone', 'digital'] as const) expect(problems(anEmployerContactInput({ channel }))).toEqual({});
  });

  it('takes each outcome: job opening, work trial agreed, no need now, follow up later, other', () => {
    for (const outcome of ['job-opening', 'work-trial-agreed', 'no-need-now', 'follow-up-later', 'other'] as const)
      expect(problems(anEmployerContactInput({ outcome }))).toEqual({});
  });

  it('needs at least one jobseeker when the contact was for named jobseekers', () => {
    expect(problems(anEmployerContactInput({ purpose: 'jobseekers', jobseekerIds: [] }))).toEqual({
      jobseekerIds: 'error.jobseekersRequired',
    });
  });

  it('keeps no jobseekers on a general job-development contact, even if some were ticked before switching', () => {
    const fields = employerContactInputSchema(TODAY).parse(
      anEmployerContactInput({ purpose: 'general', jobseekerIds: ['jobseeker-kari'] }),
    );
    expect(fields.jobseekerIds).toEqual([]);
  });

  it('keeps who was met, as contact persons and as free text, and the note, trimmed', () => {
    const fields = employerContactInputSchema(TODAY).parse(
      anEmployerContactInput({ contactPersonIds: ['person-1'], metWith: ' Daglig leder og en kokk ', note: ' Trenger folk til sommeren ' }),
    );
    expect(fields).toMatchObject({ contactPersonIds: ['person-1'], metWith: 'Daglig leder og en kokk', note: 'Trenger folk til sommeren' });
  });
});

describe('the employer contact log order', () => {
  it('shows the newest contact first, and on the same day the one logged last first', () => {
    const early = anEmployerContact({ id: 'c-1', date: '2025-03-01' });
    const sameDayFirst = anEmployerContact({ id: 'c-2', date: '2025-03-05' });
    const sameDayLater = anEmployerContact({ id: 'c-3', date: '2025-03-05' });
    expect(newestContactsFirst([early, sameDayFirst, sameDayLater]).map((contact) => contact.id)).toEqual(['c-3', 'c-2', 'c-1']);
  });
});
