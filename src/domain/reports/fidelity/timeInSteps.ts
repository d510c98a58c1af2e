import type { CaseEvent } from '../../caseEvent';
import { daysBetween } from '../../dates';
import { SE_STEPS, type SeStep } from '../../seSteps';
import { stepPeriods } from '../stepPeriods';
import { mean, median, type MeasureDescription } from './measure';
import { isInPeriod, type FidelityPeriod } from './period';

/**
 * [FID-STEPS-1] Time in each step: the stays in a step that ended within the
 * period, by step change or by the case being closed ([REPORT-STEPS-1]), in
 * days. A pause (Passiv) counts as time in the step; moving back starts a
 * new stay in the earlier step, and so does reopening a case. Stays still
 * going at the period's end are not counted, as their length is not known yet.
 */
export const timeInStepsMeasure = {
  id: 'timeInSteps',
  rule: 'FID-STEPS-1',
  // No target: the five-step model (EUSE) sets no time limit on a step.
  target: null,
  how: 'fidelity.timeInSteps.how',
} as const satisfies MeasureDescription;

export interface StepTime {
  step: SeStep;
  /** Stays in the step that ended in the period. */
  stays: number;
  medianDays: number | null;
  averageDays: number | null;
}

export function timeInSteps(caseEvents: readonly (readonly CaseEvent[])[], period: FidelityPeriod): StepTime[] {
  const days = new Map<SeStep, number[]>(SE_STEPS.map((step) => [step, []]));
  for (const events of caseEvents)
    for (const stay of stepPeriods(events, period.to))
      if (stay.to !== null && isInPeriod(stay.to, period)) days.get(stay.step)!.push(daysBetween(stay.from, stay.to));
  return SE_STEPS.map((step) => {
    const list = days.get(step)!;
    return { step, stays: list.length, medianDays: median(list), averageDays: mean(list) };
  });
}
