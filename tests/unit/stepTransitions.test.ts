import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../src/domain/caseEvent';
import { deriveCaseState, REFERRED_STATE } from '../../src/domain/caseState';
import { SE_STEPS, isSeStep } from '../../src/domain/seSteps';
import { allowedStatusChanges, canChangeStatus, checkStepChange, isMovingBack } from '../../src/domain/stepTransitions';
import { aStatusChange, aStepChange, anActiveCase } from './fixtures';

const inStep3 = () => deriveCaseState(anActiveCase('2025-01-06', aStepChange({ date: '2025-02-01', step: 3 })));

describe('the five steps', () => {
  it('are numbered 1 to 5', () => {
    expect(SE_STEPS).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([1, 5])('knows %s as a step', (value) => {
    expect(isSeStep(value)).toBe(true);
  });

  it.each([0, 6, 2.5, '3', null])('does not know %j as a step', (value) => {
    expect(isSeStep(value)).toBe(false);
  });
});

describe('checkStepChange', () => {
  it('[STEP-2] lets an active case move forward a step without a reason', () => {
    expect(checkStepChange(inStep3(), 4, '')).toBeNull();
  });

  it('[STEP-2] lets an active case skip ahead several steps', () => {
    expect(checkStepChange(inStep3(), 5, '')).toBeNull();
  });

  it('[STEP-2] asks for a reason when moving back a step', () => {
    expect(checkStepChange(inStep3(), 2, '')).toBe('reason-required');
  });

  it('[STEP-2] takes a reason of spaces only as no reason', () => {
    expect(checkStepChange(inStep3(), 1, '  \n ')).toBe('reason-required');
  });

  it('[STEP-2] accepts moving back when a reason is given: going back is normal', () => {
    expect(checkStepChange(inStep3(), 2, 'Jobben tok slutt')).toBeNull();
  });

  it('[STEP-2] refuses a change to the step the case is already in', () => {
    expect(checkStepChange(inStep3(), 3, 'samme')).toBe('same-step');
  });

  it('[STEP-2] refuses step changes while the case is only referred', () => {
    expect(checkStepChange(REFERRED_STATE, 2, '')).toBe('not-active');
  });

  it('[STEP-2] refuses step changes while the case is passive', () => {
    const passive = deriveCaseState([
      ...anActiveCase('2025-01-06'),
      aStatusChange({ date: '2025-02-01', status: 'passive', reason: 'Sykemeldt', resumeDate: '2025-03-01' }),
    ]);
    expect(checkStepChange(passive, 2, '')).toBe('not-active');
  });

  it('[STEP-2] refuses step changes once the case is closed', () => {
    const closed = deriveCaseState([
      ...anActiveCase('2025-01-06'),
      aStatusChange({ date: '2025-02-01', status: 'closed', outcome: 'withdrew' }),
    ]);
    expect(checkStepChange(closed, 2, '')).toBe('not-active');
  });
});

describe('isMovingBack', () => {
  it('is true only for a lower step than the current one', () => {
    const state = inStep3();
    expect(isMovingBack(state, 2)).toBe(true);
    expect(isMovingBack(state, 3)).toBe(false);
    expect(isMovingBack(state, 4)).toBe(false);
  });

  it('is false while there is no step yet', () => {
    expect(isMovingBack(REFERRED_STATE, 1)).toBe(false);
  });
});

describe('status changes', () => {
  it.each<[CaseStatus, CaseStatus[]]>([
    ['referred', ['active', 'closed']],
    ['active', ['passive', 'closed']],
    ['passive', ['active', 'closed']],
    ['closed', ['active']],
  ])('[STATUS-1] from %s allows exactly %j', (from, to) => {
    expect([...allowedStatusChanges(from)].sort()).toEqual([...to].sort());
  });

  it('[STATUS-1] lets a referred person decline: Henvist straight to Avsluttet', () => {
    expect(canChangeStatus('referred', 'closed')).toBe(true);
  });

  it('[STATUS-1] does not pause a case that never started', () => {
    expect(canChangeStatus('referred', 'passive')).toBe(false);
  });

  it('[STATUS-1] reopens a closed case as active, never as passive', () => {
    expect(canChangeStatus('closed', 'active')).toBe(true);
    expect(canChangeStatus('closed', 'passive')).toBe(false);
  });

  it('[STATUS-1] never goes back to referred, nor to the status it already has', () => {
    for (const from of ['referred', 'active', 'passive', 'closed'] as const) {
      expect(canChangeStatus(from, 'referred')).toBe(false);
      expect(canChangeStatus(from, from)).toBe(false);
    }
  });
});
