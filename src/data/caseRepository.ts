import {
  statusChangeInputSchema,
  stepChangeInputSchema,
  type CaseEvent,
  type StatusChange,
  type StatusChangeInput,
  type StepChange,
  type StepChangeInput,
} from '../domain/caseEvent';
import { deriveCaseState, orderCaseEvents } from '../domain/caseState';
import type { IsoDate } from '../domain/dates';
import { canChangeStatus, checkStepChange } from '../domain/stepTransitions';
import { database } from './db';
import { writeRecord } from './recordWriter';
import { fromZodError, invalid, type SaveResult } from './saveResult';

const STEP_PROBLEM_MESSAGES = {
  'not-active': 'error.notActive',
  'same-step': 'error.sameStep',
  'reason-required': 'error.reasonRequired',
} as const;

/** Step and status changes: dated, append-only events from which the case state is derived. */
export const cases = {
  async eventsFor(jobseekerId: string): Promise<CaseEvent[]> {
    const db = database();
    const events = await db.caseEvents.where('[jobseekerId+date]').between([jobseekerId, ''], [jobseekerId, '\uffff']).toArray();
    return orderCaseEvents(events);
  },

  async changeStep(jobseekerId: string, input: StepChangeInput, today: IsoDate): Promise<SaveResult<StepChange>> {
    const parsed = stepChangeInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const state = deriveCaseState(await cases.eventsFor(jobseekerId));
    const problem = checkStepChange(state, parsed.data.step, parsed.data.reason);
    if (problem) return invalid({ [problem === 'reason-required' ? 'reason' : 'step']: STEP_PROBLEM_MESSAGES[problem] });
    const value = await writeRecord<StepChange>('caseEvents', (meta) => ({ ...meta, kind: 'step', jobseekerId, ...parsed.data }));
    return { ok: true, value };
  },

  async changeStatus(jobseekerId: string, input: StatusChangeInput, today: IsoDate): Promise<SaveResult<StatusChange>> {
    const parsed = statusChangeInputSchema(today).safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const state = deriveCaseState(await cases.eventsFor(jobseekerId));
    if (!canChangeStatus(state.status, parsed.data.status)) return invalid({ status: 'error.statusNotAllowed' });
    const { resumeDate, outcome, endCause, ...rest } = parsed.data;
    const value = await writeRecord<StatusChange>('caseEvents', (meta) => ({
      ...meta,
      kind: 'status',
      jobseekerId,
      ...rest,
      ...(rest.status === 'passive' ? { resumeDate } : {}),
      ...(rest.status === 'closed' ? { outcome, ...(endCause ? { endCause } : {}) } : {}),
    }));
    return { ok: true, value };
  },
};
