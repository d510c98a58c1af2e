import type { CaseEvent, CaseStatus } from './caseEvent';
import { compareHlc } from './hlc';
import type { IsoDate } from './dates';
import type { EndCause, Outcome } from './outcome';
import type { SeStep } from './seSteps';

export interface CaseState {
  status: CaseStatus;
  /** The current step; null until the case is first made active. */
  step: SeStep | null;
  /** When the current status began. */
  statusSince: IsoDate | null;
  /** When the current step began. */
  stepSince: IsoDate | null;
  passiveReason: string;
  resumeDate: IsoDate | null;
  outcome: Outcome | null;
  endCause: EndCause | null;
  endDate: IsoDate | null;
}

export const REFERRED_STATE: CaseState = {
  status: 'referred',
  step: null,
  statusSince: null,
  stepSince: null,
  passiveReason: '',
  resumeDate: null,
  outcome: null,
  endCause: null,
  endDate: null,
};

/**
 * Events in the order they happened: by their date, then by their clock
 * stamp. Every device sorts the same events the same way, so concurrent step
 * changes on two devices end in the same current step everywhere.
 */
export function orderCaseEvents<T extends CaseEvent>(events: readonly T[]): T[] {
  return [...events]
    .filter((event) => !event.deleted)
    .sort((a, b) => (a.date === b.date ? compareHlc(a.updatedAt, b.updatedAt) : a.date < b.date ? -1 : 1));
}

/** [STEP-1] The current step and status are derived from the dated events, never stored. */
export function deriveCaseState(events: readonly CaseEvent[]): CaseState {
  let state = REFERRED_STATE;
  for (const event of orderCaseEvents(events)) {
    if (event.kind === 'step') {
      state = { ...state, step: event.step, stepSince: event.date };
      continue;
    }
    switch (event.status) {
      case 'active': {
        // Entering Aktiv from Henvist starts at step 1; resuming or reopening keeps the step.
        const step = state.step ?? 1;
        state = {
          ...REFERRED_STATE,
          status: 'active',
          step,
          statusSince: event.date,
          stepSince: state.step === null ? event.date : state.stepSince,
        };
        break;
      }
      case 'passive':
        state = {
          ...state,
          status: 'passive',
          statusSince: event.date,
          passiveReason: event.reason,
          resumeDate: event.resumeDate ?? null,
        };
        break;
      case 'closed':
        state = {
          ...state,
          status: 'closed',
          statusSince: event.date,
          passiveReason: '',
          resumeDate: null,
          outcome: event.outcome ?? null,
          endCause: event.endCause ?? null,
          endDate: event.date,
        };
        break;
    }
  }
  return state;
}
