import type { CaseEvent } from '../caseEvent';
import { deriveCaseState, orderCaseEvents } from '../caseState';
import type { IsoDate } from '../dates';
import type { SeStep } from '../seSteps';

/** A stretch of time a case spent in one step; `to` is null while it lasts. */
export interface StepPeriod {
  step: SeStep;
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * [REPORT-STEPS-1] The steps a case went through, in order, up to a date.
 * A period ends when the step changes or the case is closed; a pause
 * (Passiv) stays within the step. Moving back starts a new period of the
 * earlier step, and reopening a closed case starts a new period.
 */
export function stepPeriods(events: readonly CaseEvent[], until: IsoDate): StepPeriod[] {
  const ordered = orderCaseEvents(events.filter((event) => event.date <= until));
  const periods: StepPeriod[] = [];
  let open: StepPeriod | null = null;
  for (let index = 0; index < ordered.length; index += 1) {
    const state = deriveCaseState(ordered.slice(0, index + 1));
    const date = ordered[index]!.date;
    const inStep = (state.status === 'active' || state.status === 'passive') && state.step !== null ? state.step : null;
    if (open && open.step === inStep) continue;
    if (open) open.to = date;
    open = inStep === null ? null : { step: inStep, from: date, to: null };
    if (open) periods.push(open);
  }
  return periods;
}

/** The periods that overlap [from, to]. */
export function stepPeriodsWithin(periods: readonly StepPeriod[], from: IsoDate, to: IsoDate): StepPeriod[] {
  return periods.filter((period) => period.from <= to && (period.to === null || period.to >= from));
}
