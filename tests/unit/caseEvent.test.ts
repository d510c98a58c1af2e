import { describe, expect, it } from 'vitest';
import { caseEventSchema, statusChangeInputSchema, stepChangeInputSchema, type StatusChangeInput } from '../../src/domain/caseEvent';
import { fieldErrors } from '../../src/domain/validation';
import { aStatusChange, aStepChange } from './fixtures';

const TODAY = '2025-03-10';

function statusProblems(input: StatusChangeInput): Record<string, string> {
  const result = statusChangeInputSchema(TODAY).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the step change form', () => {
  it('accepts a step from 1 to 5 on a date up to today', () => {
    expect(stepChangeInputSchema(TODAY).parse({ date: TODAY, step: 3 })).toEqual({ date: TODAY, step: 3, reason: '' });
  });

  it.each([0, 6, 2.5])('rejects step %s, which is not one of the five', (step) => {
    const result = stepChangeInputSchema(TODAY).safeParse({ date: TODAY, step });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ step: 'error.required' });
  });

  it('rejects a step change dated in the future', () => {
    const result = stepChangeInputSchema(TODAY).safeParse({ date: '2025-03-11', step: 3 });
    expect(fieldErrors(result.error!)).toEqual({ date: 'error.dateInFuture' });
  });
});

describe('the status change form', () => {
  it('makes a case active with nothing but a date', () => {
    expect(statusProblems({ date: TODAY, status: 'active' })).toEqual({});
  });

  it('asks for a reason and a resume date when pausing a case (Passiv)', () => {
    expect(statusProblems({ date: TODAY, status: 'passive' })).toEqual({
      reason: 'error.required',
      resumeDate: 'error.required',
    });
  });

  it('takes a reason of spaces only as missing when pausing', () => {
    expect(statusProblems({ date: TODAY, status: 'passive', reason: '   ', resumeDate: '2025-04-01' })).toEqual({
      reason: 'error.required',
    });
  });

  it('accepts a pause with a reason and a resume date in the future', () => {
    expect(statusProblems({ date: TODAY, status: 'passive', reason: 'Sykemeldt', resumeDate: '2025-05-01' })).toEqual({});
  });

  it('accepts resuming on the day the pause starts, but not before it', () => {
    expect(statusProblems({ date: TODAY, status: 'passive', reason: 'Ferie', resumeDate: TODAY })).toEqual({});
    expect(statusProblems({ date: TODAY, status: 'passive', reason: 'Ferie', resumeDate: '2025-03-09' })).toEqual({
      resumeDate: 'error.resumeBeforeStart',
    });
  });

  it('rejects a resume date that does not exist', () => {
    expect(statusProblems({ date: TODAY, status: 'passive', reason: 'Ferie', resumeDate: '2025-04-31' })).toEqual({
      resumeDate: 'error.date',
    });
  });

  it('asks for a KLAR outcome when closing a case (Avsluttet)', () => {
    expect(statusProblems({ date: TODAY, status: 'closed' })).toEqual({ outcome: 'error.required' });
    expect(statusProblems({ date: TODAY, status: 'closed', outcome: 'ordinary-work', endCause: 'work-with-wage-subsidy' })).toEqual({});
  });

  it('does not ask for a resume date or an outcome when making a case active', () => {
    expect(statusProblems({ date: TODAY, status: 'active', resumeDate: '' })).toEqual({});
  });

  it('rejects a status change dated in the future', () => {
    expect(statusProblems({ date: '2025-03-11', status: 'active' })).toEqual({ date: 'error.dateInFuture' });
  });

  it('does not accept going back to referred (Henvist)', () => {
    const result = statusChangeInputSchema(TODAY).safeParse({ date: TODAY, status: 'referred' });
    expect(result.success).toBe(false);
  });
});

describe('stored case events', () => {
  it('tells step changes and status changes apart by their kind', () => {
    expect(caseEventSchema.parse(aStepChange({ step: 4 })).kind).toBe('step');
    expect(caseEventSchema.parse(aStatusChange({ status: 'passive', resumeDate: '2025-04-01' })).kind).toBe('status');
  });

  it('rejects a stored step outside the five', () => {
    expect(caseEventSchema.safeParse({ ...aStepChange(), step: 6 }).success).toBe(false);
  });

  it('rejects an outcome that is not a KLAR category', () => {
    expect(caseEventSchema.safeParse({ ...aStatusChange({ status: 'closed' }), outcome: 'pension' }).success).toBe(false);
  });
});
