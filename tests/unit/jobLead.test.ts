import { describe, expect, it } from 'vitest';
import { jobLeadInputSchema, orderJobLeads, presentsJobseeker, type JobLeadInput } from '../../src/domain/jobLead';
import { fieldErrors } from '../../src/domain/validation';
import { aJobLead, aJobLeadInput } from './employerFixtures';

const TODAY = '2025-03-10';

function problems(input: JobLeadInput): Record<string, string> {
  const result = jobLeadInputSchema(TODAY).safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('[LEAD-1] a job lead', () => {
  it('starts as an idea when no status is given', () => {
    expect(jobLeadInputSchema(TODAY).parse(aJobLeadInput()).status).toBe('idea');
  });

  it('takes an employer from the register or a free-text employer name, and needs one of them', () => {
    expect(problems(aJobLeadInput({ employerId: 'employer-1', employerName: '' }))).toEqual({});
    expect(problems(aJobLeadInput({ employerId: '', employerName: 'Fiktiv Kafé' }))).toEqual({});
    expect(problems(aJobLeadInput({ employerId: '', employerName: '  ' }))).toEqual({ employerName: 'error.employerRequired' });
  });

  it('needs a job title and a date that is not in the future', () => {
    expect(problems(aJobLeadInput({ jobTitle: '' }))).toEqual({ jobTitle: 'error.required' });
    expect(problems(aJobLeadInput({ date: '2025-03-11' }))).toEqual({ date: 'error.dateInFuture' });
  });

  it('knows the statuses idea, contacted, applied, interview, offer and rejected', () => {
    for (const status of ['idea', 'contacted', 'applied', 'interview', 'offer', 'rejected'] as const)
      expect(problems(aJobLeadInput({ status }))).toEqual({});
    expect(problems(aJobLeadInput({ status: 'hired' as never }))).toEqual({ status: 'error.required' });
  });
});

describe('[LEAD-2] which statuses present the jobseeker to an employer', () => {
  it('an idea and a rejection present no one; contacted and later steps do', () => {
    expect(presentsJobseeker('idea')).toBe(false);
    expect(presentsJobseeker('rejected')).toBe(false);
    for (const status of ['contacted', 'applied', 'interview', 'offer'] as const) expect(presentsJobseeker(status)).toBe(true);
  });
});

describe('the order of a person’s job leads', () => {
  it('lists open leads newest first, and rejected ones after them', () => {
    const leads = [
      aJobLead({ id: 'old', date: '2025-01-01', status: 'applied' }),
      aJobLead({ id: 'rejected', date: '2025-03-01', status: 'rejected' }),
      aJobLead({ id: 'new', date: '2025-02-01', status: 'idea' }),
    ];
    expect(orderJobLeads(leads).map((lead) => lead.id)).toEqual(['new', 'old', 'rejected']);
  });
});
