import { useLiveQuery } from 'dexie-react-hooks';
import type { Agreement } from '../domain/agreement';
import type { ContactPerson, Employer } from '../domain/employer';
import type { EmployerContact } from '../domain/employerContact';
import { employerSummaries, employerSummary, type EmployerSummary, type PlacementCounts } from '../domain/employerRegister';
import type { JobLead } from '../domain/jobLead';
import { agreements } from './agreementRepository';
import { employerContacts } from './employerContactRepository';
import { placementCountsByEmployer, placementCountsFor } from './employerPlacements';
import { contactPersons, employers } from './employerRepository';
import { jobLeads } from './jobLeadRepository';

/** Live hooks for employers, employer contacts and job leads. `undefined` means still loading. */

export interface EmployerRegister {
  employers: Employer[];
  summaries: Map<string, EmployerSummary>;
  placements: Map<string, PlacementCounts>;
}

export function useEmployerRegister(): EmployerRegister | undefined {
  return useLiveQuery(async () => {
    const [all, contacts, placements] = await Promise.all([employers.list(), employerContacts.list(), placementCountsByEmployer()]);
    return { employers: all, summaries: employerSummaries(contacts), placements };
  }, []);
}

/** One employer; `null` when there is none (or no id was given). */
export function useEmployer(id: string | undefined): Employer | null | undefined {
  return useLiveQuery(async () => (id ? ((await employers.get(id)) ?? null) : null), [id]);
}

export function useEmployers(): Employer[] | undefined {
  return useLiveQuery(() => employers.list(), []);
}

export interface EmployerFile {
  employer: Employer;
  contactPersons: ContactPerson[];
  /** Newest first. */
  contacts: EmployerContact[];
  summary: EmployerSummary;
  placements: PlacementCounts;
}

/** Everything about one employer; `null` when there is no such employer. */
export function useEmployerFile(id: string): EmployerFile | null | undefined {
  return useLiveQuery(async () => {
    const employer = await employers.get(id);
    if (!employer) return null;
    const [people, contacts, placements] = await Promise.all([
      contactPersons.forEmployer(id),
      employerContacts.forEmployer(id),
      placementCountsFor(id),
    ]);
    return { employer, contactPersons: people, contacts, summary: employerSummary(contacts), placements };
  }, [id]);
}

export function useContactPersons(employerId: string): ContactPerson[] | undefined {
  return useLiveQuery(async () => (employerId ? contactPersons.forEmployer(employerId) : []), [employerId]);
}

export function useContactPerson(id: string | undefined): ContactPerson | null | undefined {
  return useLiveQuery(async () => (id ? ((await contactPersons.get(id)) ?? null) : null), [id]);
}

export interface PersonEmployerWork {
  /** Newest first. */
  contacts: EmployerContact[];
  leads: JobLead[];
  /** Names of the employers the contacts and leads refer to. */
  employerNames: Map<string, string>;
}

/** A jobseeker's employer contacts and job leads, with the employers' names. */
export function usePersonEmployerWork(jobseekerId: string): PersonEmployerWork | undefined {
  return useLiveQuery(async () => {
    const [contacts, leads] = await Promise.all([employerContacts.forPerson(jobseekerId), jobLeads.forPerson(jobseekerId)]);
    const ids = new Set([...contacts.map((contact) => contact.employerId), ...leads.map((lead) => lead.employerId).filter(Boolean)]);
    const found = await Promise.all([...ids].map((id) => employers.get(id)));
    const employerNames = new Map(found.filter((employer) => employer !== undefined).map((employer) => [employer.id, employer.name]));
    return { contacts, leads, employerNames };
  }, [jobseekerId]);
}

export function useJobLead(id: string | undefined): JobLead | null | undefined {
  return useLiveQuery(async () => (id ? ((await jobLeads.get(id)) ?? null) : null), [id]);
}

/** The agreements of the given jobseekers (absent when a person has none). */
export function useAgreementsOf(jobseekerIds: readonly string[]): Map<string, Agreement> | undefined {
  const key = jobseekerIds.join(',');
  return useLiveQuery(async () => {
    const found = await Promise.all(jobseekerIds.map(async (id) => [id, await agreements.forPerson(id)] as const));
    return new Map(found.filter((entry): entry is readonly [string, Agreement] => entry[1] !== undefined));
  }, [key]);
}
