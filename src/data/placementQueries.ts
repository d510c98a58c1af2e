import { deriveCaseState, type CaseState } from '../domain/caseState';
import type { IsoDate } from '../domain/dates';
import type { ContactPerson, Employer } from '../domain/employer';
import type { FollowUpVisit } from '../domain/followUpVisit';
import type { Jobseeker } from '../domain/jobseeker';
import type { Placement } from '../domain/placement';
import type { QuickLogCandidate } from '../domain/quickLog';
import { cases } from './caseRepository';
import { loadCaseload } from './caseloadQueries';
import { database } from './db';
import { contactPersons, employers } from './employerRepository';
import { followUpVisits } from './followUpVisitRepository';
import { jobseekers } from './jobseekerRepository';
import { placements } from './placementRepository';

/** What the placement, follow-up and quick-log screens read. */

export interface PlacementFile {
  placement: Placement;
  jobseeker: Jobseeker;
  state: CaseState;
  employer: Employer | undefined;
  contactPerson: ContactPerson | undefined;
  /** Newest first. */
  visits: FollowUpVisit[];
}

/** One placement with its person, employer, contact person and visits; `null` when there is no such placement. */
export async function loadPlacementFile(id: string): Promise<PlacementFile | null> {
  const placement = await placements.get(id);
  const jobseeker = placement && (await jobseekers.get(placement.jobseekerId));
  if (!placement || !jobseeker) return null;
  const [events, employer, contactPerson, visits] = await Promise.all([
    cases.eventsFor(jobseeker.id),
    employers.get(placement.employerId),
    placement.contactPersonId ? contactPersons.get(placement.contactPersonId) : undefined,
    followUpVisits.forPlacement(id),
  ]);
  return { placement, jobseeker, state: deriveCaseState(events), employer, contactPerson, visits };
}

export interface PersonPlacements {
  placements: Placement[];
  visits: FollowUpVisit[];
  employerNames: Map<string, string>;
}

async function employerNamesOf(list: readonly Placement[]): Promise<Map<string, string>> {
  const found = await Promise.all([...new Set(list.map((placement) => placement.employerId))].map((id) => employers.get(id)));
  return new Map(found.filter((employer) => employer !== undefined).map((employer) => [employer.id, employer.name]));
}

/** A person's placements (latest start first) with their visits and the employers' names. */
export async function loadPersonPlacements(jobseekerId: string): Promise<PersonPlacements> {
  const [list, visits] = await Promise.all([placements.forPerson(jobseekerId), followUpVisits.forPerson(jobseekerId)]);
  return { placements: list, visits, employerNames: await employerNamesOf(list) };
}

export interface EmployerChoice {
  employer: Employer;
  contactPersons: ContactPerson[];
}

/** The employer register for choosing a placement's employer and contact person, by name. */
export async function loadEmployerChoices(): Promise<EmployerChoice[]> {
  const list = (await employers.list()).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return Promise.all(list.map(async (employer) => ({ employer, contactPersons: await contactPersons.forEmployer(employer.id) })));
}

/** Everyone the quick log can offer, with what its ordering rule needs. */
export async function loadQuickLogCandidates(today: IsoDate): Promise<QuickLogCandidate[]> {
  const [entries, all] = await Promise.all([loadCaseload(today), database().placements.toArray()]);
  const withOngoing = new Set(all.filter((placement) => placement.status === 'ongoing' && !placement.deleted).map((p) => p.jobseekerId));
  return entries.map((entry) => ({
    entry,
    placementDueDates: entry.placementFollowUps.map((due) => due.dueDate),
    hasOngoingPlacement: withOngoing.has(entry.jobseeker.id),
  }));
}
