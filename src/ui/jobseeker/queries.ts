import { useLiveQuery } from 'dexie-react-hooks';
import { jobseekers } from '../../data/jobseekerRepository';
import { loadPersonFile, type PersonFile } from '../../data/personFile';
import type { Jobseeker } from '../../domain/jobseeker';

/** Live queries about jobseekers, used by the person's screens and the features on them; `undefined` means still loading. */

/** Everything about one jobseeker; `null` when there is no such person. */
export function usePersonFile(id: string): PersonFile | null | undefined {
  return useLiveQuery(() => loadPersonFile(id), [id]);
}

/** One jobseeker; `null` when there is no such person (or no id was given). */
export function useJobseeker(id: string | undefined): Jobseeker | null | undefined {
  return useLiveQuery(async () => (id ? ((await jobseekers.get(id)) ?? null) : null), [id]);
}

export function useJobseekers(): Jobseeker[] | undefined {
  return useLiveQuery(() => jobseekers.list(), []);
}

/** [DUP-1] People already on the device whose names look like the one being typed (from its third letter). */
export function useSimilarJobseekers(name: string | undefined, exceptId: string | undefined): Jobseeker[] | undefined {
  return useLiveQuery(async () => (name && name.trim().length > 2 ? jobseekers.similarTo(name, exceptId) : []), [name, exceptId]);
}
