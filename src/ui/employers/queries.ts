import { useLiveQuery } from 'dexie-react-hooks';
import {
  loadAgreementsOf,
  loadEmployerFile,
  loadEmployerRegister,
  loadPersonEmployerWork,
  type EmployerFile,
  type EmployerRegister,
  type PersonEmployerWork,
} from '../../data/employerQueries';
import { contactPersons, employers } from '../../data/employerRepository';
import { jobLeads } from '../../data/jobLeadRepository';
import type { Agreement } from '../../domain/agreement';
import type { ContactPerson, Employer } from '../../domain/employer';
import type { JobLead } from '../../domain/jobLead';

/** Live queries of the employer screens, employer contacts and job leads; `undefined` means still loading. */

export function useEmployerRegister(): EmployerRegister | undefined {
  return useLiveQuery(loadEmployerRegister, []);
}

/** One employer; `null` when there is none (or no id was given). */
export function useEmployer(id: string | undefined): Employer | null | undefined {
  return useLiveQuery(async () => (id ? ((await employers.get(id)) ?? null) : null), [id]);
}

export function useEmployers(): Employer[] | undefined {
  return useLiveQuery(() => employers.list(), []);
}

/** Everything about one employer; `null` when there is no such employer. */
export function useEmployerFile(id: string): EmployerFile | null | undefined {
  return useLiveQuery(() => loadEmployerFile(id), [id]);
}

export function useContactPersons(employerId: string): ContactPerson[] | undefined {
  return useLiveQuery(async () => (employerId ? contactPersons.forEmployer(employerId) : []), [employerId]);
}

export function useContactPerson(id: string | undefined): ContactPerson | null | undefined {
  return useLiveQuery(async () => (id ? ((await contactPersons.get(id)) ?? null) : null), [id]);
}

/** A jobseeker's employer contacts and job leads, with the employers' names. */
export function usePersonEmployerWork(jobseekerId: string): PersonEmployerWork | undefined {
  return useLiveQuery(() => loadPersonEmployerWork(jobseekerId), [jobseekerId]);
}

export function useJobLead(id: string | undefined): JobLead | null | undefined {
  return useLiveQuery(async () => (id ? ((await jobLeads.get(id)) ?? null) : null), [id]);
}

/** The agreements of the given jobseekers (absent when a person has none). */
export function useAgreementsOf(jobseekerIds: readonly string[]): Map<string, Agreement> | undefined {
  const key = jobseekerIds.join(',');
  // The ids are read through `key`, so a new array with the same ids does not start a new query.
  return useLiveQuery(() => loadAgreementsOf(jobseekerIds), [key]);
}
