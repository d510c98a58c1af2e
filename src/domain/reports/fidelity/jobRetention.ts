import { addDaysIso, type IsoDate } from '../../dates';
import { ORDINARY_FORMS } from '../ordinaryJob';
import { percentOf } from '../share';
import { verdictFor, type MeasureDescription, type Verdict } from './measure';
import { deadlineFellIn, type FidelityPeriod } from './period';
import type { JobFacts } from './sources';

export const RETENTION_DAYS = 90;

/**
 * [FID-RETENTION-1] Jobs still held 90 days after they started: of the
 * ordinary jobs (not work trials or job tasters) whose 90th day after the
 * start fell within the period ([FID-PERIOD-2]), the share not ended before
 * that day. A job with no end date is held; one that ended on day 90 or
 * later was held; one that ended earlier was not.
 */
export const jobRetentionMeasure = {
  id: 'jobRetention',
  rule: 'FID-RETENTION-1',
  // No target: the IPS fidelity scale measures the service, not job tenure;
  // this is followed as an outcome over time (as in the KLAR project's reporting).
  target: null,
  how: 'fidelity.jobRetention.how',
} as const satisfies MeasureDescription;

export interface RetentionRow {
  placementId: string;
  jobseekerId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  held: boolean;
}

export function retentionRows(jobs: readonly JobFacts[], period: FidelityPeriod): RetentionRow[] {
  return jobs
    .filter((job) => !job.deleted && job.status !== 'planned' && ORDINARY_FORMS.includes(job.employmentForm))
    .filter((job) => deadlineFellIn(job.startDate, RETENTION_DAYS, period))
    .map((job) => ({
      placementId: job.id,
      jobseekerId: job.jobseekerId,
      startDate: job.startDate,
      endDate: job.endDate === '' ? null : job.endDate,
      held: job.endDate === '' || job.endDate >= addDaysIso(job.startDate, RETENTION_DAYS),
    }));
}

export interface RetentionSummary {
  jobs: number;
  held: number;
  share: number | null;
  verdict: Verdict;
}

export function retentionSummary(rows: readonly RetentionRow[]): RetentionSummary {
  const held = rows.filter((row) => row.held).length;
  const share = percentOf(held, rows.length);
  return { jobs: rows.length, held, share, verdict: verdictFor(share, jobRetentionMeasure.target) };
}
