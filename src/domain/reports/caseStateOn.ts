import type { CaseEvent } from '../caseEvent';
import { deriveCaseState, orderCaseEvents, type CaseState } from '../caseState';
import type { IsoDate } from '../dates';
import type { SeStep } from '../seSteps';

/** Only what had happened by the end of `date`: events dated later do not exist yet on that day. */
function eventsUntil<T extends CaseEvent>(events: readonly T[], date: IsoDate): T[] {
  return events.filter((event) => event.date <= date);
}

/**
 * [REPORT-STATE-1] A case's state as it was on a date, derived from the case
 * events dated on or before it (the same rule as today's state, [STEP-1]).
 * A case closed after the date is open on it; a case reopened by the date is
 * open again, whatever outcome it once had.
 */
export function caseStateOn(events: readonly CaseEvent[], date: IsoDate): CaseState {
  return deriveCaseState(eventsUntil(events, date));
}

/**
 * [REPORT-FUNNEL-1] The highest step a case had reached by a date: moving
 * back does not undo having reached a step. Becoming active counts as
 * reaching step 1; a case that was never active has reached none (null).
 */
export function highestStepReached(events: readonly CaseEvent[], date: IsoDate): SeStep | null {
  let highest: SeStep | null = null;
  for (const event of orderCaseEvents(eventsUntil(events, date))) {
    const step = event.kind === 'step' ? event.step : event.status === 'active' ? 1 : null;
    if (step !== null && (highest === null || step > highest)) highest = step;
  }
  return highest;
}
