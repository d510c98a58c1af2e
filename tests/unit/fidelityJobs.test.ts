import { describe, expect, it } from 'vitest';
import { firstMonthFollowUp, firstMonthSummary } from '../../src/domain/reports/fidelity/followUpFirstMonth';
import { retentionRows, retentionSummary } from '../../src/domain/reports/fidelity/jobRetention';
import { aPlacement, aVisit } from './placementFixtures';

describe('follow-up visits in the first month of a new job [FID-FOLLOWUP-1]', () => {
  const PERIOD = { from: '2025-03-01', to: '2025-05-31' };
  const visitsTo = (placementId: string, ...dates: string[]) => dates.map((date) => aVisit({ placementId, date }));

  it('counts the visits of the first 28 days of each job whose four weeks ended in the period', () => {
    const weekly = aPlacement({ startDate: '2025-02-10' }); // four weeks end 9 March
    const seldom = aPlacement({ startDate: '2025-04-01', employmentForm: 'temporary' });
    const trial = aPlacement({ startDate: '2025-04-01', employmentForm: 'work-trial' });
    const tooNew = aPlacement({ startDate: '2025-05-20' }); // its four weeks end after the period
    const planned = aPlacement({ startDate: '2025-04-01', status: 'planned' });
    const visits = [
      ...visitsTo(weekly.id, '2025-02-10', '2025-02-17', '2025-02-24', '2025-03-09', '2025-03-10'), // the last is day 29
      ...visitsTo(seldom.id, '2025-04-02', '2025-04-20'),
      aVisit({ placementId: seldom.id, date: '2025-04-10', deleted: true }),
      ...visitsTo(trial.id, '2025-04-02'),
      ...visitsTo(tooNew.id, '2025-05-21'),
    ];
    const followUp = firstMonthFollowUp([weekly, seldom, trial, tooNew, planned], visits, PERIOD);
    expect(followUp.rows.map((row) => [row.placementId, row.visits, row.weekly])).toEqual([
      [weekly.id, 4, true],
      [seldom.id, 2, false],
    ]);
    expect(firstMonthSummary(followUp)).toEqual({ jobs: 2, weekly: 1, share: 50, averageVisits: 3, endedEarly: 0, verdict: 'not-met' });
  });

  it('leaves out a job that ended within its first four weeks, and says how many', () => {
    const lost = aPlacement({ startDate: '2025-03-01', status: 'ended', endDate: '2025-03-15', endReason: 'quit' });
    const keptToDay28 = aPlacement({ startDate: '2025-03-01', status: 'ended', endDate: '2025-03-28', endReason: 'temporary-ended' });
    const visits = visitsTo(keptToDay28.id, '2025-03-01', '2025-03-08', '2025-03-15', '2025-03-22');
    const summary = firstMonthSummary(firstMonthFollowUp([lost, keptToDay28], visits, PERIOD));
    expect(summary).toMatchObject({ jobs: 1, weekly: 1, averageVisits: 4, endedEarly: 1, verdict: 'met' });
  });

  it('[FID-VERDICT-1] says "ingen data" when no new job\'s first month ended in the period', () => {
    expect(firstMonthSummary(firstMonthFollowUp([aPlacement({ startDate: '2025-05-20' })], [], PERIOD))).toEqual({
      jobs: 0,
      weekly: 0,
      share: null,
      averageVisits: null,
      endedEarly: 0,
      verdict: 'no-data',
    });
  });
});

describe('jobs still held after 90 days [FID-RETENTION-1]', () => {
  // Day 90 falls in June–August for jobs started 3 March to 2 June.
  const PERIOD = { from: '2025-06-01', to: '2025-08-31' };

  it('counts a job with no end date as held, one ended on day 90 as held, and one ended before as not', () => {
    const open = aPlacement({ startDate: '2025-04-01' });
    const endedDay90 = aPlacement({ startDate: '2025-04-01', status: 'ended', endDate: '2025-06-30', endReason: 'quit' });
    const endedEarly = aPlacement({ startDate: '2025-04-01', status: 'ended', endDate: '2025-05-20', endReason: 'dismissed' });
    const rows = retentionRows([open, endedDay90, endedEarly], PERIOD);
    expect(rows.map((row) => [row.placementId, row.endDate, row.held])).toEqual([
      [open.id, null, true],
      [endedDay90.id, '2025-06-30', true],
      [endedEarly.id, '2025-05-20', false],
    ]);
    const summary = retentionSummary(rows);
    expect(summary).toMatchObject({ jobs: 3, held: 2, verdict: 'no-target' });
    expect(summary.share).toBeCloseTo(66.67, 2);
  });

  it('counts a job that ended on day 89 as not held', () => {
    const [row] = retentionRows(
      [aPlacement({ startDate: '2025-04-01', status: 'ended', endDate: '2025-06-29', endReason: 'quit' })],
      PERIOD,
    );
    expect(row!.held).toBe(false);
  });

  it('leaves out jobs whose 90th day is outside the period, work trials, planned and deleted jobs', () => {
    const jobs = [
      aPlacement({ startDate: '2025-07-01' }), // 90 days not gone yet
      aPlacement({ startDate: '2025-01-02' }), // day 90 before the period
      aPlacement({ startDate: '2025-04-01', employmentForm: 'work-trial' }),
      aPlacement({ startDate: '2025-04-01', employmentForm: 'job-taster' }),
      aPlacement({ startDate: '2025-04-01', status: 'planned' }),
      aPlacement({ startDate: '2025-04-01', deleted: true }),
    ];
    expect(retentionRows(jobs, PERIOD)).toEqual([]);
  });

  it('[FID-VERDICT-1] says "ingen data", not 0 %, when no job reached day 90 in the period', () => {
    expect(retentionSummary([])).toEqual({ jobs: 0, held: 0, share: null, verdict: 'no-data' });
  });
});
