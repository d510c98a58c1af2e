import type { CaseEvent } from '../../caseEvent';
import type { EmployerContact } from '../../employerContact';
import type { FollowUpVisit } from '../../followUpVisit';
import type { Jobseeker } from '../../jobseeker';
import type { Note } from '../../note';
import type { Placement } from '../../placement';

/** The facts about a placement the fidelity measures read. */
export type JobFacts = Pick<Placement, 'id' | 'jobseekerId' | 'employmentForm' | 'status' | 'startDate' | 'endDate' | 'deleted'>;

/** One person's log: who they are, their case events and their placements. */
export interface FidelityPerson {
  jobseeker: Pick<Jobseeker, 'id' | 'referralDate' | 'createdBy' | 'deleted'> & { specialistId?: string | undefined };
  events: readonly CaseEvent[];
  placements: readonly JobFacts[];
}

export type ContactFacts = Pick<EmployerContact, 'id' | 'date' | 'channel' | 'jobseekerIds' | 'createdBy' | 'deleted'>;
export type VisitFacts = Pick<FollowUpVisit, 'placementId' | 'date' | 'deleted'>;

/** Everything on the device the fidelity measures are computed from. */
export interface FidelitySources {
  people: readonly FidelityPerson[];
  /** Every revision of every note; the measures read the latest of each. */
  notes: readonly Note[];
  employerContacts: readonly ContactFacts[];
  followUpVisits: readonly VisitFacts[];
}
