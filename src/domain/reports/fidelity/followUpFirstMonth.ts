import { addDaysIso, type IsoDate } from '../../dates';
import { ORDINARY_FORMS } from '../ordinaryJob';
import { percentOf } from '../share';
import { mean, verdictFor, type MeasureDescription, type Verdict } from './measure';
import { deadlineFellIn, type FidelityPeriod } from './period';
import type { JobFacts, VisitFacts } from './sources';

/** The first four weeks of a job: the start day and the 27 days after it. */
export const FIRST_MONTH_DAYS = 28;

/**
 * [FID-FOLLOWUP-1] Follow-up visits in the first month of each new job: for
 * every ordinary job (not a work trial or job taster) whose first four
 * weeks ended within the period ([FID-PERIOD-2]), the follow-up visits
 * logged on it in those 28 days. Weekly follow-up means at least 4. A job
 * that ended within its first four weeks is not counted, as weekly visits to
 * a job no longer held cannot be asked for. The team and each specialist
 * meet the target when their jobs had 4 visits or more on average.
 */
export const followUpFirstMonthMeasure = {
  id: 'followUpFirstMonth',
  rule: 'FID-FOLLOWUP-1',
  // IPS fidelity scale, follow-along supports: face-to-face contact weekly for the
  // first month after starting a job, on average: 4 visits in the first 4 weeks.
  target: { comparison: 'at-least', value: 4, unit: 'visits' },
  how: 'fidelity.followUpFirstMonth.how',
} as const satisfies MeasureDescription;

export interface FirstMonthRow {
  placementId: string;
  jobseekerId: string;
  startDate: IsoDate;
  visits: number;
  weekly: boolean;
}

const isNewJob = (job: JobFacts) => !job.deleted && job.status !== 'planned' && ORDINARY_FORMS.includes(job.employmentForm);

export interface FirstMonthFollowUp {
  rows: FirstMonthRow[];
  /** Jobs whose four weeks ended in the period but that ended before then. */
  endedEarly: number;
}

export function firstMonthFollowUp(jobs: readonly JobFacts[], visits: readonly VisitFacts[], period: FidelityPeriod): FirstMonthFollowUp {
  const rows: FirstMonthRow[] = [];
  let endedEarly = 0;
  for (const job of jobs) {
    if (!isNewJob(job) || !deadlineFellIn(job.startDate, FIRST_MONTH_DAYS - 1, period)) continue;
    const lastDay = addDaysIso(job.startDate, FIRST_MONTH_DAYS - 1);
    if (job.endDate !== '' && job.endDate < lastDay) {
      endedEarly += 1;
      continue;
    }
    const count = visits.filter(
      (visit) => !visit.deleted && visit.placementId === job.id && visit.date >= job.startDate && visit.date <= lastDay,
    ).length;
    rows.push({
      placementId: job.id,
      jobseekerId: job.jobseekerId,
      startDate: job.startDate,
      visits: count,
      weekly: count >= followUpFirstMonthMeasure.target.value,
    });
  }
  return { rows, endedEarly };
}

export interface FirstMonthSummary {
  jobs: number;
  /** Jobs with 4 visits or more. */
  weekly: number;
  share: number | null;
  averageVisits: number | null;
  endedEarly: number;
  verdict: Verdict;
}

export function firstMonthSummary({ rows, endedEarly }: FirstMonthFollowUp): FirstMonthSummary {
  const weekly = rows.filter((row) => row.weekly).length;
  const averageVisits = mean(rows.map((row) => row.visits));
  return {
    jobs: rows.length,
    weekly,
    share: percentOf(weekly, rows.length),
    averageVisits,
    endedEarly,
    verdict: verdictFor(averageVisits, followUpFirstMonthMeasure.target),
  };
}
