/** Small worlds for the employer component tests, built through the repositories. Every name is fictional. */
import { agreements } from '../../src/data/agreementRepository';
import { employerContacts } from '../../src/data/employerContactRepository';
import { contactPersons, employers } from '../../src/data/employerRepository';
import { jobseekers } from '../../src/data/jobseekerRepository';
import type { SaveResult } from '../../src/data/saveResult';
import type { AgreementInput } from '../../src/domain/agreement';
import type { ContactPersonInput, EmployerInput } from '../../src/domain/employer';
import type { EmployerContactInput } from '../../src/domain/employerContact';
import { TODAY } from './renderApp';

function ok<T>(result: SaveResult<T>): T {
  if (!result.ok) throw new Error(`fixture rejected: ${JSON.stringify(result.errors)}`);
  return result.value;
}

export const anEmployerOnDevice = async (input: Partial<EmployerInput> = {}) =>
  ok(await employers.add({ name: 'Fiktiv Bakeri AS', ...input }));

export const aContactPersonAt = async (employerId: string, input: Partial<ContactPersonInput> = {}) =>
  ok(await contactPersons.add(employerId, { name: 'Fiktiv Leder', ...input }));

export const aJobseekerOnDevice = async (name = 'Fiktiv Person', referralDate = '2026-11-01') =>
  ok(await jobseekers.add({ name, referralDate, mainGoal: 'job' }, TODAY));

export const anAgreementFor = async (jobseekerId: string, input: Partial<AgreementInput> = {}) =>
  ok(await agreements.save(jobseekerId, { signedDate: '2026-11-02', mayContactEmployers: true, ...input }, TODAY));

export const aContactWith = async (employerId: string, input: Partial<EmployerContactInput> = {}) =>
  ok(
    await employerContacts.add(
      { employerId, date: '2026-11-10', channel: 'in-person', purpose: 'general', outcome: 'no-need-now', ...input },
      TODAY,
    ),
  );
