import { useLiveQuery } from 'dexie-react-hooks';
import { loadCaseload } from '../../data/caseloadQueries';
import { jobseekers } from '../../data/jobseekerRepository';
import type { CaseloadEntry } from '../../domain/caseload';
import type { IsoDate } from '../../domain/dates';

/** Live queries of the caseload screen; `undefined` means still loading. */

export function useCaseload(today: IsoDate): CaseloadEntry[] | undefined {
  return useLiveQuery(() => loadCaseload(today), [today]);
}

export function useHasDemoCaseload(): boolean | undefined {
  return useLiveQuery(() => jobseekers.hasDemo(), []);
}
