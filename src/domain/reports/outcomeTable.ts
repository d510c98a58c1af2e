import { CASE_STATUSES, type CaseEvent, type CaseStatus } from '../caseEvent';
import type { IsoDate } from '../dates';
import type { Jobseeker } from '../jobseeker';
import { OUTCOMES, type Outcome } from '../outcome';
import { SE_STEPS, type SeStep } from '../seSteps';
import { caseStateOn } from './caseStateOn';
import { fullTimeOn, type JobFacts } from './ordinaryJob';

/** One person's log, as the outcome measures read it. */
export interface CaseLog {
  jobseeker: Pick<Jobseeker, 'id' | 'referralDate' | 'deleted'>;
  events: readonly CaseEvent[];
  /** Empty where no placements are recorded: full time is then unknown, not "no". */
  placements: readonly JobFacts[];
}

const countsOf = <K extends string | number>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** The KLAR table (DOMAIN.md, "Outcomes") for one date. */
export interface OutcomeTable {
  date: IsoDate;
  /** Everyone referred on or before the date: the KLAR table's "164 jobseekers". */
  followed: number;
  byStatus: Record<CaseStatus, number>;
  /** Open cases (active or passive) by the step they were in on the date. */
  byStep: Record<SeStep, number>;
  /** Ended cases by KLAR category. */
  byOutcome: Record<Outcome, number>;
  /** Ended cases recorded without a category (cannot be made today, kept for honesty). */
  endedWithoutOutcome: number;
  /** Of those ended in ordinary work: in a full-time (100 %) position, part time, or not known. */
  ordinaryWork: Record<'full-time' | 'part-time' | 'unknown', number>;
}

/**
 * [REPORT-KLAR-1] Counts every person referred by the date by their case
 * state on that date ([REPORT-STATE-1]): status, the step of open cases,
 * and the KLAR category of ended ones, with how many of those in ordinary
 * work hold a full-time position ([REPORT-FULLTIME-1], on the end date).
 */
export function outcomeTable(logs: readonly CaseLog[], date: IsoDate): OutcomeTable {
  const table: OutcomeTable = {
    date,
    followed: 0,
    byStatus: countsOf(CASE_STATUSES),
    byStep: countsOf(SE_STEPS),
    byOutcome: countsOf(OUTCOMES),
    endedWithoutOutcome: 0,
    ordinaryWork: { 'full-time': 0, 'part-time': 0, unknown: 0 },
  };
  for (const { jobseeker, events, placements } of logs) {
    if (jobseeker.deleted || jobseeker.referralDate > date) continue;
    const state = caseStateOn(events, date);
    table.followed += 1;
    table.byStatus[state.status] += 1;
    if ((state.status === 'active' || state.status === 'passive') && state.step !== null) table.byStep[state.step] += 1;
    if (state.status !== 'closed') continue;
    if (state.outcome === null) {
      table.endedWithoutOutcome += 1;
      continue;
    }
    table.byOutcome[state.outcome] += 1;
    if (state.outcome === 'ordinary-work') table.ordinaryWork[fullTimeOn(placements, state.endDate ?? date)] += 1;
  }
  return table;
}

export function endedCount(table: OutcomeTable): number {
  return table.byStatus.closed;
}
