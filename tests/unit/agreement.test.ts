import { describe, expect, it } from 'vitest';
import { agreementInputSchema, agreementSchema, type AgreementInput } from '../../src/domain/agreement';
import { fieldErrors } from '../../src/domain/validation';
import { nextStamp, TEAM, AUTHOR } from './fixtures';

const TODAY = '2025-03-10';

const anAgreementInput = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  signedDate: '2025-02-03',
  mayContactEmployers: true,
  ...overrides,
});

function problems(input: unknown): Record<string, string> {
  const result = agreementInputSchema(TODAY).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('the collaboration agreement (samarbeidsavtale) and consent', () => {
  it('needs only a signing date and whether employers may be contacted', () => {
    expect(agreementInputSchema(TODAY).parse(anAgreementInput())).toEqual({
      signedDate: '2025-02-03',
      mayContactEmployers: true,
      mayShare: [],
      mustNotShare: [],
      collaborators: [],
      sharedGoal: '',
    });
  });

  it('asks the jobseeker to decide whether employers may be contacted at all', () => {
    expect(problems({ signedDate: '2025-02-03' })).toEqual({ mayContactEmployers: 'error.required' });
  });

  it('records a no to contacting employers as a decision, not as missing', () => {
    expect(agreementInputSchema(TODAY).parse(anAgreementInput({ mayContactEmployers: false })).mayContactEmployers).toBe(false);
  });

  it('rejects an agreement signed in the future, and accepts one signed today', () => {
    expect(problems(anAgreementInput({ signedDate: '2025-03-11' }))).toEqual({ signedDate: 'error.dateInFuture' });
    expect(problems(anAgreementInput({ signedDate: TODAY }))).toEqual({});
  });

  it('keeps what may be told and what must not be shared with an employer (åpenhet), trimmed', () => {
    const fields = agreementInputSchema(TODAY).parse(
      anAgreementInput({ mayShare: [' Trenger faste rutiner '], mustNotShare: ['Diagnose'] }),
    );
    expect(fields.mayShare).toEqual(['Trenger faste rutiner']);
    expect(fields.mustNotShare).toEqual(['Diagnose']);
  });

  it('rejects an empty item in the lists of what may and may not be shared, naming its place', () => {
    expect(problems(anAgreementInput({ mayShare: ['Punktlig', '  '] }))).toEqual({ 'mayShare.1': 'error.required' });
    expect(problems(anAgreementInput({ mustNotShare: [''] }))).toEqual({ 'mustNotShare.0': 'error.required' });
  });

  it('keeps the people the specialist may talk with, each with a name', () => {
    const fields = agreementInputSchema(TODAY).parse(anAgreementInput({ collaborators: [{ name: 'Lege Lund' }] }));
    expect(fields.collaborators).toEqual([{ name: 'Lege Lund', role: '' }]);
    expect(problems(anAgreementInput({ collaborators: [{ name: ' ', role: 'Psykolog' }] }))).toEqual({
      'collaborators.0.name': 'error.required',
    });
  });

  it('limits the shared goal to 1000 characters', () => {
    expect(problems(anAgreementInput({ sharedGoal: 'x'.repeat(1001) }))).toEqual({ sharedGoal: 'error.tooLong' });
  });

  it('stores the agreement with its record meta', () => {
    const stored = {
      id: 'agreement-1',
      teamId: TEAM,
      createdBy: AUTHOR,
      updatedAt: nextStamp(),
      jobseekerId: 'jobseeker-kari',
      ...agreementInputSchema(TODAY).parse(anAgreementInput()),
    };
    expect(agreementSchema.safeParse(stored).success).toBe(true);
    expect(agreementSchema.safeParse({ ...stored, updatedAt: '' }).success).toBe(false);
  });
});
