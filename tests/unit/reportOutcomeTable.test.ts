import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/caseEvent';
import type { Outcome } from '../../src/domain/outcome';
import { fullTimeOn, ordinaryJobOn } from '../../src/domain/reports/ordinaryJob';
import { outcomeTable, type CaseLog } from '../../src/domain/reports/outcomeTable';
import { isMine, responsibleSpecialist } from '../../src/domain/reports/responsible';
import { percentOf } from '../../src/domain/reports/share';
import { stepFunnel } from '../../src/domain/reports/stepFunnel';
import { aJobseeker, aStatusChange, aStepChange, anActiveCase } from './fixtures';
import { aPlacement } from './placementFixtures';

const DATE = '2025-10-15';

function aLog(referralDate: string, events: CaseEvent[] = [], placements: CaseLog['placements'] = []): CaseLog {
  return { jobseeker: aJobseeker({ referralDate }), events, placements };
}
const closedIn = (outcome: Outcome, date = '2025-06-01') => [
  ...anActiveCase('2025-01-06'),
  aStatusChange({ date, status: 'closed', outcome }),
];

describe('outcomeTable', () => {
  it('[REPORT-KLAR-1] counts a hand-made caseload by status, step and KLAR category', () => {
    const logs = [
      aLog('2025-01-02'), // referred, never made active
      aLog('2025-01-02', anActiveCase('2025-01-06', aStepChange({ date: '2025-02-01', step: 3 }))),
      aLog(
        '2025-01-02',
        anActiveCase('2025-01-06', aStatusChange({ date: '2025-03-01', status: 'passive', reason: 'Syk', resumeDate: '2025-11-01' })),
      ),
      aLog('2025-01-02', closedIn('ordinary-work'), [aPlacement({ percent: 100, startDate: '2025-05-20' })]),
      aLog('2025-01-02', closedIn('ordinary-work'), [aPlacement({ percent: 60, startDate: '2025-05-20' })]),
      aLog('2025-01-02', closedIn('ordinary-work')),
      aLog('2025-01-02', closedIn('withdrew')),
    ];
    const table = outcomeTable(logs, DATE);
    expect(table.followed).toBe(7);
    expect(table.byStatus).toEqual({ referred: 1, active: 1, passive: 1, closed: 4 });
    expect(table.byStep).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, 5: 0 });
    expect(table.byOutcome).toEqual({ 'ordinary-work': 3, 'work-trial': 0, 'disability-benefit': 0, education: 0, other: 0, withdrew: 1 });
    expect(table.ordinaryWork).toEqual({ 'full-time': 1, 'part-time': 1, unknown: 1 });
  });

  it('[REPORT-KLAR-1] leaves out people referred after the date', () => {
    expect(outcomeTable([aLog('2025-10-16')], DATE).followed).toBe(0);
  });

  it('[REPORT-KLAR-1] leaves out deleted people', () => {
    const deleted: CaseLog = { jobseeker: aJobseeker({ referralDate: '2025-01-02', deleted: true }), events: [], placements: [] };
    expect(outcomeTable([deleted], DATE).followed).toBe(0);
  });

  it('[REPORT-STATE-1] counts a case closed after the date as open, in its step', () => {
    const table = outcomeTable([aLog('2025-01-02', closedIn('education', '2025-11-01'))], DATE);
    expect(table.byStatus.active).toBe(1);
    expect(table.byOutcome.education).toBe(0);
    expect(table.byStep[1]).toBe(1);
  });

  it('[REPORT-STATE-1] counts a reopened case as open, not under its old outcome', () => {
    const reopened = [...closedIn('work-trial'), aStatusChange({ date: '2025-07-01', status: 'active' })];
    const table = outcomeTable([aLog('2025-01-02', reopened)], DATE);
    expect(table.byStatus).toMatchObject({ active: 1, closed: 0 });
    expect(table.byOutcome['work-trial']).toBe(0);
  });

  it('[REPORT-KLAR-1] counts a case that moved back under the step it is in now', () => {
    const events = anActiveCase(
      '2025-01-06',
      aStepChange({ date: '2025-02-01', step: 4 }),
      aStepChange({ date: '2025-03-01', step: 2, reason: 'Jobben tok slutt' }),
    );
    expect(outcomeTable([aLog('2025-01-02', events)], DATE).byStep).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
  });

  it('gives all zeros for a date with no one followed', () => {
    const table = outcomeTable([], DATE);
    expect(table.followed).toBe(0);
    expect(Object.values(table.byOutcome).every((count) => count === 0)).toBe(true);
  });
});

describe('fullTimeOn', () => {
  it('[REPORT-FULLTIME-1] reads the ordinary job that started last by the date', () => {
    const placements = [aPlacement({ percent: 50, startDate: '2025-02-01' }), aPlacement({ percent: 100, startDate: '2025-05-01' })];
    expect(fullTimeOn(placements, '2025-06-01')).toBe('full-time');
    expect(fullTimeOn(placements, '2025-04-01')).toBe('part-time');
  });

  it('[REPORT-FULLTIME-1] does not count a work trial, a planned job or a deleted one', () => {
    const placements = [
      aPlacement({ percent: 100, employmentForm: 'work-trial' }),
      aPlacement({ percent: 100, status: 'planned' }),
      aPlacement({ percent: 100, deleted: true }),
    ];
    expect(ordinaryJobOn(placements, '2025-06-01')).toBeUndefined();
    expect(fullTimeOn(placements, '2025-06-01')).toBe('unknown');
  });

  it('[REPORT-FULLTIME-1] says unknown when the job has no position percentage', () => {
    expect(fullTimeOn([aPlacement({ percent: '' })], '2025-06-01')).toBe('unknown');
  });

  it('[REPORT-FULLTIME-1] counts a job that has since ended as the one held', () => {
    expect(fullTimeOn([aPlacement({ percent: 100, status: 'ended', endDate: '2025-04-01' })], '2025-06-01')).toBe('full-time');
  });
});

describe('stepFunnel', () => {
  it('[REPORT-FUNNEL-2] counts how many reached each step, a move back keeping the step reached', () => {
    const logs = [
      aLog('2025-01-02'),
      aLog('2025-01-02', anActiveCase('2025-01-06')),
      aLog(
        '2025-01-02',
        anActiveCase(
          '2025-01-06',
          aStepChange({ date: '2025-02-01', step: 4 }),
          aStepChange({ date: '2025-03-01', step: 2, reason: 'Ny plan' }),
        ),
      ),
      aLog('2025-01-02', anActiveCase('2025-01-06', aStepChange({ date: '2025-11-01', step: 5 }))), // after the date
      aLog('2025-12-01'), // referred after the date
    ];
    expect(stepFunnel(logs, DATE)).toEqual({ referred: 4, reached: { 1: 3, 2: 1, 3: 1, 4: 1, 5: 0 } });
  });
});

describe('percentOf', () => {
  it('gives the share in per cent', () => {
    expect(percentOf(70, 164)).toBeCloseTo(42.68, 2);
  });

  it('gives no share of nothing, rather than a misleading 0 %', () => {
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('responsibleSpecialist', () => {
  it('[REPORT-SCOPE-1] prefers the assigned specialist over who registered the person', () => {
    expect(responsibleSpecialist({ createdBy: 'user-a', specialistId: 'user-b' })).toBe('user-b');
    expect(isMine({ createdBy: 'user-a', specialistId: 'user-b' }, 'user-a')).toBe(false);
  });

  it('[REPORT-SCOPE-1] falls back to who registered the person', () => {
    expect(isMine({ createdBy: 'user-a' }, 'user-a')).toBe(true);
    expect(isMine({ createdBy: 'user-a', specialistId: '' }, 'user-a')).toBe(true);
  });
});
