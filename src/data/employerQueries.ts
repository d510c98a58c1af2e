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

/** What the employer screens read: the register, one employer's file, a person's employer work. */

export interface EmployerRegister {
  employers: Employer[];
  summaries: Map<string, EmployerSummary>;
  placements: Map<string, PlacementCounts>;
}

export async function loadEmployerRegister(): Promise<EmployerRegister> {
  const [all, contacts, placements] = await Promise.all([employers.list(), employerContacts.list(), placementCountsByEmployer()]);
  return { employers: all, summaries: employerSummaries(contacts), placements };
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
export async function loadEmployerFile(id: string): Promise<EmployerFile | null> {
  const employer = await employers.get(id);
  if (!employer) return null;
  const [people, contacts, placements] = await Promise.all([
    contactPersons.forEmployer(id),
    employerContacts.forEmployer(id),
    placementCountsFor(id),
  ]);
  return { employer, contactPersons: people, contacts, summary: employerSummary(contacts), placements };
}

export interface PersonEmployerWork {
  /** Newest first. */
  contacts: EmployerContact[];
  leads: JobLead[];
  /** Names of the employers the contacts and leads refer to. */
  employerNames: Map<string, string>;
}

/** A jobseeker's employer contacts and job leads, with the employers' names. */
export async function loadPersonEmployerWork(jobseekerId: string): Promise<PersonEmployerWork> {
  const [contacts, leads] = await Promise.all([employerContacts.forPerson(jobseekerId), jobLeads.forPerson(jobseekerId)]);
  const ids = new Set([...contacts.map((contact) => contact.employerId), ...leads.map((lead) => lead.employerId).filter(Boolean)]);
  const found = await Promise.all([...ids].map((id) => employers.get(id)));
  const employerNames = new Map(found.filter((employer) => employer !== undefined).map((employer) => [employer.id, employer.name]));
  return { contacts, leads, employerNames };
}

/** The agreements of the given jobseekers (absent when a person has none). */
export async function loadAgreementsOf(jobseekerIds: readonly string[]): Promise<Map<string, Agreement>> {
  const found = await Promise.all(jobseekerIds.map(async (id) => [id, await agreements.forPerson(id)] as const));
  return new Map(found.filter((entry): entry is readonly [string, Agreement] => entry[1] !== undefined));
}
