import type { IsoDate } from '../dates';
import type { EmploymentForm, Placement } from '../placement';

/** Paid ordinary work (ordinært arbeid): not a work trial or a job taster. */
export const ORDINARY_FORMS: readonly EmploymentForm[] = ['permanent', 'temporary', 'on-call', 'self-employed'];

export type JobFacts = Pick<Placement, 'employmentForm' | 'status' | 'startDate' | 'percent' | 'deleted'>;

/**
 * [REPORT-FULLTIME-1] The ordinary job a person held on a date: of the
 * placements in ordinary work that had started by then (not merely
 * planned), the one that started last.
 */
export function ordinaryJobOn<T extends JobFacts>(placements: readonly T[], date: IsoDate): T | undefined {
  return placements
    .filter((job) => !job.deleted && ORDINARY_FORMS.includes(job.employmentForm) && job.status !== 'planned' && job.startDate <= date)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))[0];
}

/** Full time, or not, or not known (no job recorded, or no position percentage on it). */
export type FullTime = 'full-time' | 'part-time' | 'unknown';

export function fullTimeOn(placements: readonly JobFacts[], date: IsoDate): FullTime {
  const job = ordinaryJobOn(placements, date);
  if (!job || job.percent === '') return 'unknown';
  return job.percent >= 100 ? 'full-time' : 'part-time';
}
