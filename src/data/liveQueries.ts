import { useLiveQuery } from 'dexie-react-hooks';
import type { Agreement } from '../domain/agreement';
import type { CaseEvent } from '../domain/caseEvent';
import { deriveCaseState, type CaseState } from '../domain/caseState';
import type { CaseloadEntry } from '../domain/caseload';
import type { IsoDate } from '../domain/dates';
import type { Jobseeker } from '../domain/jobseeker';
import type { Note } from '../domain/note';
import type { Profile } from '../domain/profile';
import { agreements } from './agreementRepository';
import { cases } from './caseRepository';
import { loadCaseload } from './caseloadQueries';
import { database } from './db';
import { jobseekers } from './jobseekerRepository';
import { notes } from './noteRepository';
import { profiles } from './profileRepository';

/**
 * Small hooks over live queries: a screen re-renders by itself when the data
 * under it changes, whether the change came from this screen, another tab or
 * a sync. `undefined` means still loading.
 */
export function useCaseload(today: IsoDate): CaseloadEntry[] | undefined {
  return useLiveQuery(() => loadCaseload(today), [today]);
}

export interface PersonFile {
  jobseeker: Jobseeker;
  events: CaseEvent[];
  state: CaseState;
  agreement: Agreement | undefined;
  profile: Profile | undefined;
  notes: Note[];
}

/** Everything about one jobseeker; `null` when there is no such person. */
export function usePersonFile(id: string): PersonFile | null | undefined {
  return useLiveQuery(async () => {
    const jobseeker = await jobseekers.get(id);
    if (!jobseeker) return null;
    const [events, agreement, profile, personNotes] = await Promise.all([
      cases.eventsFor(id),
      agreements.forPerson(id),
      profiles.forPerson(id),
      notes.forPerson(id),
    ]);
    return { jobseeker, events, state: deriveCaseState(events), agreement, profile, notes: personNotes };
  }, [id]);
}

export function useJobseekers(): Jobseeker[] | undefined {
  return useLiveQuery(() => jobseekers.list(), []);
}

/** How many local changes wait to be sent to the server. */
export function useOutboxCount(): number | undefined {
  return useLiveQuery(() => database().outbox.count(), []);
}

export function useHasDemoCaseload(): boolean | undefined {
  return useLiveQuery(async () => (await jobseekers.list()).some((person) => person.demo === true), []);
}
