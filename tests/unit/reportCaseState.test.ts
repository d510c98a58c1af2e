import { describe, expect, it } from 'vitest';
import { caseStateOn, highestStepReached } from '../../src/domain/reports/caseStateOn';
import { stepPeriods, stepPeriodsWithin } from '../../src/domain/reports/stepPeriods';
import { aStatusChange, aStepChange, anActiveCase } from './fixtures';

// One case, told as dates: active 6 Jan, step 2 on 1 Feb, step 3 on 1 Mar,
// back to step 2 on 15 Mar, closed in ordinary work on 1 May, reopened 1 Jun.
const kari = [
  ...anActiveCase('2025-01-06'),
  aStepChange({ date: '2025-02-01', step: 2 }),
  aStepChange({ date: '2025-03-01', step: 3 }),
  aStepChange({ date: '2025-03-15', step: 2, reason: 'Vil tenke på nytt' }),
  aStatusChange({ date: '2025-05-01', status: 'closed', outcome: 'ordinary-work' }),
  aStatusChange({ date: '2025-06-01', status: 'active' }),
];

describe('caseStateOn', () => {
  it('[REPORT-STATE-1] shows a case as referred on a day before anything happened', () => {
    expect(caseStateOn(kari, '2025-01-05')).toMatchObject({ status: 'referred', step: null });
  });

  it('[REPORT-STATE-1] counts a case closed after the date as open on it, in the step it was in', () => {
    expect(caseStateOn(kari, '2025-04-30')).toMatchObject({ status: 'active', step: 2, outcome: null });
  });

  it('[REPORT-STATE-1] takes an event dated on the day itself as having happened', () => {
    expect(caseStateOn(kari, '2025-03-01')).toMatchObject({ status: 'active', step: 3 });
  });

  it('[REPORT-STATE-1] shows the step a case moved back to', () => {
    expect(caseStateOn(kari, '2025-03-20')).toMatchObject({ step: 2, stepSince: '2025-03-15' });
  });

  it('[REPORT-STATE-1] shows a closed case with its outcome between closing and reopening', () => {
    expect(caseStateOn(kari, '2025-05-15')).toMatchObject({ status: 'closed', outcome: 'ordinary-work', endDate: '2025-05-01' });
  });

  it('[REPORT-STATE-1] shows a reopened case as active again, without its old outcome', () => {
    expect(caseStateOn(kari, '2025-06-01')).toMatchObject({ status: 'active', step: 2, outcome: null });
  });
});

describe('highestStepReached', () => {
  it('[REPORT-FUNNEL-1] keeps the highest step reached after moving back', () => {
    expect(highestStepReached(kari, '2025-04-01')).toBe(3);
  });

  it('[REPORT-FUNNEL-1] counts only steps reached by the date', () => {
    expect(highestStepReached(kari, '2025-02-15')).toBe(2);
  });

  it('[REPORT-FUNNEL-1] counts becoming active as reaching step 1', () => {
    expect(highestStepReached(anActiveCase('2025-01-06'), '2025-01-06')).toBe(1);
  });

  it('[REPORT-FUNNEL-1] gives no step to a case that was never active', () => {
    expect(highestStepReached([aStatusChange({ date: '2025-01-06', status: 'closed', outcome: 'withdrew' })], '2025-12-31')).toBeNull();
    expect(highestStepReached([], '2025-12-31')).toBeNull();
  });
});

describe('stepPeriods', () => {
  it('[REPORT-STEPS-1] lists each stretch in a step, a move back and a reopening each starting a new one', () => {
    expect(stepPeriods(kari, '2025-12-31')).toEqual([
      { step: 1, from: '2025-01-06', to: '2025-02-01' },
      { step: 2, from: '2025-02-01', to: '2025-03-01' },
      { step: 3, from: '2025-03-01', to: '2025-03-15' },
      { step: 2, from: '2025-03-15', to: '2025-05-01' },
      { step: 2, from: '2025-06-01', to: null },
    ]);
  });

  it('[REPORT-STEPS-1] keeps a pause within the step', () => {
    const paused = [
      ...anActiveCase('2025-01-06'),
      aStatusChange({ date: '2025-01-20', status: 'passive', reason: 'Syk', resumeDate: '2025-02-10' }),
      aStatusChange({ date: '2025-02-10', status: 'active' }),
    ];
    expect(stepPeriods(paused, '2025-12-31')).toEqual([{ step: 1, from: '2025-01-06', to: null }]);
  });

  it('[REPORT-STEPS-1] leaves the last step open when the date comes before its end', () => {
    expect(stepPeriods(kari, '2025-03-10').at(-1)).toEqual({ step: 3, from: '2025-03-01', to: null });
  });

  it('picks the stretches that overlap a period', () => {
    const within = stepPeriodsWithin(stepPeriods(kari, '2025-12-31'), '2025-03-05', '2025-03-20');
    expect(within.map((period) => period.step)).toEqual([3, 2]);
  });
});
