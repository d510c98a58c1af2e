import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/caseEvent';
import { caseloadOn, teamCaseload, type Caseload } from '../../src/domain/reports/fidelity/caseload';
import { firstContactRows, firstContactSummary } from '../../src/domain/reports/fidelity/firstEmployerContact';
import type { FidelityPerson } from '../../src/domain/reports/fidelity/sources';
import { timeInSteps } from '../../src/domain/reports/fidelity/timeInSteps';
import { anEmployerContact } from './employerFixtures';
import { aJobseeker, aStatusChange, aStepChange, anActiveCase } from './fixtures';

function aPerson(referralDate: string, events: CaseEvent[] = [], overrides: Partial<FidelityPerson['jobseeker']> = {}): FidelityPerson {
  return { jobseeker: aJobseeker({ referralDate, ...overrides }), events, placements: [] };
}
const closedOn = (date: string) => aStatusChange({ date, status: 'closed', outcome: 'withdrew' });

describe('caseload [FID-CASELOAD-1]', () => {
  const END = '2025-06-30';

  it('counts active and paused cases on the last day, not referrals, ended cases or people referred later', () => {
    const people = [
      aPerson('2025-01-02', anActiveCase('2025-01-06')),
      aPerson(
        '2025-01-02',
        anActiveCase('2025-01-06', aStatusChange({ date: '2025-03-01', status: 'passive', reason: 'Syk', resumeDate: '2025-08-01' })),
      ),
      aPerson('2025-01-02'), // referred, never started
      aPerson('2025-01-02', anActiveCase('2025-01-06', closedOn('2025-05-01'))),
      aPerson('2025-07-01', anActiveCase('2025-07-02')), // after the period
      aPerson('2025-01-02', anActiveCase('2025-01-06'), { deleted: true }),
    ];
    expect(caseloadOn(people, END)).toEqual({ active: 1, passive: 1, open: 2, verdict: 'met' });
  });

  it('counts a case closed after the last day, and a reopened case, as open', () => {
    const closedLater = aPerson('2025-01-02', anActiveCase('2025-01-06', closedOn('2025-07-15')));
    const reopened = aPerson(
      '2025-01-02',
      anActiveCase('2025-01-06', closedOn('2025-03-01'), aStatusChange({ date: '2025-06-01', status: 'active' })),
    );
    expect(caseloadOn([closedLater, reopened], END).open).toBe(2);
  });

  it('meets the target at 20 cases and misses it at 21', () => {
    const many = (count: number) => Array.from({ length: count }, () => aPerson('2025-01-02', anActiveCase('2025-01-06')));
    expect(caseloadOn(many(20), END).verdict).toBe('met');
    expect(caseloadOn(many(21), END)).toMatchObject({ open: 21, verdict: 'not-met' });
  });

  it('[FID-CASELOAD-2] averages the team over specialists with cases, and misses when any one has more than 20', () => {
    const load = (open: number): Caseload => ({ active: open, passive: 0, open, verdict: 'met' });
    expect(teamCaseload([load(21), load(9), load(0)])).toEqual({ specialists: 2, average: 15, highest: 21, verdict: 'not-met' });
    expect(teamCaseload([load(12), load(18)]).verdict).toBe('met');
  });

  it('[FID-VERDICT-1] says "ingen data" for a team with no cases at all', () => {
    expect(teamCaseload([])).toEqual({ specialists: 0, average: null, highest: null, verdict: 'no-data' });
  });
});

describe('days to the first face-to-face employer contact [FID-FIRSTCONTACT-1]', () => {
  const PERIOD = { from: '2025-03-01', to: '2025-05-31' };
  const contactFor = (jobseekerId: string, date: string, channel: 'in-person' | 'phone' = 'in-person') =>
    anEmployerContact({ jobseekerIds: [jobseekerId], date, channel });

  it('counts those whose 30 days ran out in the period, with their days and the share within 30', () => {
    const anna = aPerson('2025-02-01'); // day 30 is 3 March
    const bo = aPerson('2025-02-10');
    const cato = aPerson('2025-03-01');
    const dina = aPerson('2025-05-15'); // her 30 days run out after the period
    const even = aPerson('2025-01-01'); // his ran out before it
    const contacts = [
      contactFor(anna.jobseeker.id, '2025-02-20'),
      contactFor(bo.jobseeker.id, '2025-02-15', 'phone'), // not face to face
      contactFor(bo.jobseeker.id, '2025-03-20'),
      contactFor(dina.jobseeker.id, '2025-05-20'),
      contactFor(even.jobseeker.id, '2025-01-10'),
    ];
    const rows = firstContactRows([anna, bo, cato, dina, even], contacts, PERIOD);
    expect(rows.map((row) => [row.jobseekerId, row.days, row.withinTarget])).toEqual([
      [anna.jobseeker.id, 19, true],
      [bo.jobseeker.id, 38, false],
      [cato.jobseeker.id, null, false],
    ]);
    const summary = firstContactSummary(rows);
    expect(summary).toMatchObject({ counted: 3, withinTarget: 1, withoutContact: 1, medianDays: 28.5, verdict: 'not-met' });
    expect(summary.share).toBeCloseTo(33.33, 2);
  });

  it('counts day 30 as within, and meets the target when at least half are within', () => {
    const anna = aPerson('2025-02-01');
    const bo = aPerson('2025-02-10');
    const rows = firstContactRows([anna, bo], [contactFor(anna.jobseeker.id, '2025-03-03')], PERIOD);
    expect(rows[0]).toMatchObject({ days: 30, withinTarget: true });
    expect(firstContactSummary(rows)).toMatchObject({ share: 50, verdict: 'met' });
  });

  it('ignores contacts before the referral, after the period, deleted ones and general ones naming no one', () => {
    const anna = aPerson('2025-04-01');
    const contacts = [
      contactFor(anna.jobseeker.id, '2025-03-15'), // an earlier case
      anEmployerContact({ jobseekerIds: [anna.jobseeker.id], date: '2025-04-05', deleted: true }),
      anEmployerContact({ purpose: 'general', jobseekerIds: [], date: '2025-04-06' }),
      contactFor(anna.jobseeker.id, '2025-06-02'), // after the period
    ];
    expect(firstContactRows([anna], contacts, PERIOD)).toEqual([
      { jobseekerId: anna.jobseeker.id, referralDate: '2025-04-01', firstContact: null, days: null, withinTarget: false },
    ]);
  });

  it('[FID-VERDICT-1] says "ingen data", not 0 %, when no one\'s 30 days ran out in the period', () => {
    const summary = firstContactSummary(firstContactRows([aPerson('2025-05-20')], [], PERIOD));
    expect(summary).toEqual({ counted: 0, withinTarget: 0, withoutContact: 0, share: null, medianDays: null, verdict: 'no-data' });
  });
});

describe('time in each step [FID-STEPS-1]', () => {
  // Active 6 Jan (step 1), step 2 on 1 Feb, step 3 on 1 Mar, back to step 2 on
  // 15 Mar, closed 1 May, reopened 1 Jun (in step 2 again).
  const kari = [
    ...anActiveCase('2025-01-06'),
    aStepChange({ date: '2025-02-01', step: 2 }),
    aStepChange({ date: '2025-03-01', step: 3 }),
    aStepChange({ date: '2025-03-15', step: 2, reason: 'Vil tenke på nytt' }),
    closedOn('2025-05-01'),
    aStatusChange({ date: '2025-06-01', status: 'active' }),
  ];

  it('takes every stay that ended in the period, a step moved back to as a stay of its own', () => {
    const steps = timeInSteps([kari], { from: '2025-01-01', to: '2025-05-31' });
    expect(steps).toEqual([
      { step: 1, stays: 1, medianDays: 26, averageDays: 26 },
      { step: 2, stays: 2, medianDays: 37.5, averageDays: 37.5 }, // 28 and 47 days
      { step: 3, stays: 1, medianDays: 14, averageDays: 14 },
      { step: 4, stays: 0, medianDays: null, averageDays: null },
      { step: 5, stays: 0, medianDays: null, averageDays: null },
    ]);
  });

  it('leaves out stays that ended before the period and the reopened stay still going', () => {
    const steps = timeInSteps([kari], { from: '2025-03-10', to: '2025-06-30' });
    expect(steps.map((step) => step.stays)).toEqual([0, 1, 1, 0, 0]);
    expect(steps[1]!.medianDays).toBe(47);
  });

  it('counts a pause as time in the step, and gives the median and the average of several cases', () => {
    const paused = anActiveCase(
      '2025-01-06',
      aStatusChange({ date: '2025-01-20', status: 'passive', reason: 'Syk', resumeDate: '2025-02-10' }),
      aStatusChange({ date: '2025-02-10', status: 'active' }),
      aStepChange({ date: '2025-03-01', step: 2 }),
    );
    const quick = anActiveCase('2025-02-01', aStepChange({ date: '2025-02-11', step: 2 }));
    const slow = anActiveCase('2025-01-01', aStepChange({ date: '2025-03-22', step: 2 }));
    const [step1] = timeInSteps([paused, quick, slow], { from: '2025-02-01', to: '2025-03-31' });
    expect(step1).toEqual({ step: 1, stays: 3, medianDays: 54, averageDays: (54 + 10 + 80) / 3 });
  });

  it('[FID-VERDICT-1] has no numbers for a period in which no stay ended', () => {
    expect(
      timeInSteps([kari], { from: '2025-07-01', to: '2025-07-31' }).every((step) => step.stays === 0 && step.medianDays === null),
    ).toBe(true);
  });
});
