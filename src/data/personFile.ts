import type { Agreement } from '../domain/agreement';
import type { CaseEvent } from '../domain/caseEvent';
import { deriveCaseState, type CaseState } from '../domain/caseState';
import type { Jobseeker } from '../domain/jobseeker';
import type { Note } from '../domain/note';
import type { Profile } from '../domain/profile';
import { agreements } from './agreementRepository';
import { cases } from './caseRepository';
import { jobseekers } from './jobseekerRepository';
import { notes } from './noteRepository';
import { profiles } from './profileRepository';

export interface PersonFile {
  jobseeker: Jobseeker;
  events: CaseEvent[];
  state: CaseState;
  agreement: Agreement | undefined;
  profile: Profile | undefined;
  notes: Note[];
}

/** Everything about one jobseeker; `null` when there is no such person. */
export async function loadPersonFile(id: string): Promise<PersonFile | null> {
  const jobseeker = await jobseekers.get(id);
  if (!jobseeker) return null;
  const [events, agreement, profile, personNotes] = await Promise.all([
    cases.eventsFor(id),
    agreements.forPerson(id),
    profiles.forPerson(id),
    notes.forPerson(id),
  ]);
  return { jobseeker, events, state: deriveCaseState(events), agreement, profile, notes: personNotes };
}
