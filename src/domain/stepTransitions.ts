import type { CaseStatus } from './caseEvent';
import type { CaseState } from './caseState';
import type { SeStep } from './seSteps';

export type StepChangeProblem = 'not-active' | 'same-step' | 'reason-required';

/**
 * [STEP-2] Work goes back and forth through the steps: moving back is
 * normal, but asks for a reason so the history explains it. Steps change
 * only while the case is active.
 */
export function checkStepChange(state: CaseState, target: SeStep, reason: string): StepChangeProblem | null {
  if (state.status !== 'active' || state.step === null) return 'not-active';
  if (target === state.step) return 'same-step';
  if (target < state.step && reason.trim() === '') return 'reason-required';
  return null;
}

export function isMovingBack(state: CaseState, target: SeStep): boolean {
  return state.step !== null && target < state.step;
}

/**
 * [STATUS-1] Henvist → Aktiv or Avsluttet (declined); Aktiv ⇄ Passiv;
 * Aktiv or Passiv → Avsluttet; Avsluttet → Aktiv (reopen).
 */
const NEXT_STATUSES: Record<CaseStatus, readonly Exclude<CaseStatus, 'referred'>[]> = {
  referred: ['active', 'closed'],
  active: ['passive', 'closed'],
  passive: ['active', 'closed'],
  closed: ['active'],
};

export function allowedStatusChanges(status: CaseStatus): readonly Exclude<CaseStatus, 'referred'>[] {
  return NEXT_STATUSES[status];
}

export function canChangeStatus(from: CaseStatus, to: CaseStatus): boolean {
  return (NEXT_STATUSES[from] as readonly CaseStatus[]).includes(to);
}
