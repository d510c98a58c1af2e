import type { IsoDate } from '../dates';
import { SE_STEPS, type SeStep } from '../seSteps';
import { highestStepReached } from './caseStateOn';
import type { CaseLog } from './outcomeTable';

export interface StepFunnel {
  /** Everyone referred on or before the date. */
  referred: number;
  /** How many had reached each step (or a later one) by the date. */
  reached: Record<SeStep, number>;
}

/**
 * [REPORT-FUNNEL-2] How far people have come: of those referred by the date,
 * how many reached each step ([REPORT-FUNNEL-1]). Someone who reached step
 * 4 also counts for steps 1–3, so the numbers never grow down the funnel.
 */
export function stepFunnel(logs: readonly Pick<CaseLog, 'jobseeker' | 'events'>[], date: IsoDate): StepFunnel {
  const reached = Object.fromEntries(SE_STEPS.map((step) => [step, 0])) as Record<SeStep, number>;
  let referred = 0;
  for (const { jobseeker, events } of logs) {
    if (jobseeker.deleted || jobseeker.referralDate > date) continue;
    referred += 1;
    const highest = highestStepReached(events, date);
    if (highest === null) continue;
    for (const step of SE_STEPS) if (step <= highest) reached[step] += 1;
  }
  return { referred, reached };
}
