import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../src/domain/validation';
import { isFinal, reportInputSchema, shareReportSchema } from '../../src/domain/reports/navReport';
import { reportFacts, reportPeriod, type ReportSources } from '../../src/domain/reports/reportFacts';
import { aJobseeker, aNote, aStatusChange, aStepChange, anActiveCase } from './fixtures';
import { anEmployerContact } from './employerFixtures';
import { aPlacement } from './placementFixtures';

const TODAY = '2025-10-15';

function errorsOf(result: { success: boolean; error?: unknown }) {
  return result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);
}

describe('reportInputSchema', () => {
  it('[REPORT-1] accepts a period that ends on the day it starts', () => {
    expect(reportInputSchema.safeParse({ kind: 'interim', periodFrom: '2025-03-01', periodTo: '2025-03-01' }).success).toBe(true);
  });

  it('[REPORT-1] refuses a period that ends before it starts', () => {
    expect(errorsOf(reportInputSchema.safeParse({ kind: 'final', periodFrom: '2025-03-02', periodTo: '2025-03-01' }))).toEqual({
      periodTo: 'error.periodEndBeforeStart',
    });
  });
});

describe('shareReportSchema', () => {
  it('[REPORT-2] refuses to share before the jobseeker has been told', () => {
    expect(errorsOf(shareReportSchema(TODAY).safeParse({ informed: false, sharedDate: TODAY }))).toEqual({
      informed: 'error.informedRequired',
    });
  });

  it('[REPORT-2] refuses a shared date in the future', () => {
    expect(errorsOf(shareReportSchema(TODAY).safeParse({ informed: true, sharedDate: '2025-10-16' }))).toEqual({
      sharedDate: 'error.dateInFuture',
    });
  });

  it('[REPORT-2] shares once the jobseeker has been told', () => {
    expect(shareReportSchema(TODAY).safeParse({ informed: true, sharedDate: TODAY }).success).toBe(true);
  });

  it('[REPORT-3] treats a report with a shared date as final', () => {
    expect(isFinal({ sharedDate: '' })).toBe(false);
    expect(isFinal({ sharedDate: TODAY })).toBe(true);
  });
});

const events = [
  ...anActiveCase('2025-01-06'),
  aStepChange({ date: '2025-02-01', step: 2 }),
  aStepChange({ date: '2025-05-01', step: 3 }),
  aStatusChange({ date: '2025-09-01', status: 'closed', outcome: 'ordinary-work', endCause: 'work-without-wage-subsidy' }),
];

function sources(overrides: Partial<ReportSources> = {}): ReportSources {
  return {
    jobseeker: aJobseeker({ referralDate: '2025-01-02', goalText: 'Jobb på lager' }),
    events,
    agreement: undefined,
    notes: [],
    employerContacts: [],
    placements: [],
    employerNames: new Map([
      ['employer-bakeri', 'Fiktivt Bakeri AS'],
      ['employer-lager', 'Fiktivt Lager AS'],
    ]),
    earlierReports: [],
    ...overrides,
  };
}

describe('reportPeriod', () => {
  it('[REPORT-4] covers a sluttrapport from referral to the day the case ended', () => {
    expect(reportPeriod('final', sources(), TODAY)).toEqual({ from: '2025-01-02', to: '2025-09-01' });
  });

  it('[REPORT-4] ends a sluttrapport of a case still open today', () => {
    expect(reportPeriod('final', sources({ events: anActiveCase('2025-01-06') }), TODAY)).toEqual({ from: '2025-01-02', to: TODAY });
  });

  it('[REPORT-4] starts an underveisrapport the day after the last report shared', () => {
    const earlierReports = [
      { periodTo: '2025-04-30', sharedDate: '2025-05-02' },
      { periodTo: '2025-06-30', sharedDate: '' }, // a draft never shared does not count
    ];
    expect(reportPeriod('interim', sources({ earlierReports }), TODAY)).toEqual({ from: '2025-05-01', to: TODAY });
  });

  it('[REPORT-4] starts the first underveisrapport at referral', () => {
    expect(reportPeriod('interim', sources(), TODAY)).toEqual({ from: '2025-01-02', to: TODAY });
  });
});

describe('reportFacts', () => {
  const period = { from: '2025-03-01', to: '2025-09-01' };

  it('[REPORT-5] lists the steps of the period with their dates', () => {
    expect(reportFacts(sources(), period).steps).toEqual([
      { step: 2, from: '2025-02-01', to: '2025-05-01' },
      { step: 3, from: '2025-05-01', to: '2025-09-01' },
    ]);
  });

  it('[REPORT-5] counts meetings held in the period by type, a corrected note once', () => {
    const first = aNote({ date: '2025-03-10', meetingType: 'phone' });
    const notes = [
      first,
      aNote({ date: '2025-03-10', rootId: first.rootId, revises: first.id, meetingType: 'jobseeker-meeting', text: 'Rettet' }),
      aNote({ date: '2025-04-10', meetingType: 'jobseeker-meeting' }),
      aNote({ date: '2025-04-11', meetingType: 'employer-meeting' }),
      aNote({ date: '2025-04-12', meetingType: 'jobseeker-meeting', status: 'no-show' }),
      aNote({ date: '2025-02-10', meetingType: 'phone' }), // before the period
      aNote({ date: '2025-09-20', meetingType: 'phone', status: 'open' }), // after it
    ];
    const facts = reportFacts(sources({ notes }), period);
    expect(facts.meetings).toEqual([
      { type: 'jobseeker-meeting', count: 2 },
      { type: 'employer-meeting', count: 1 },
    ]);
    expect(facts.noShows).toBe(1);
    expect(facts.latestNotes.map((note) => note.date)).toEqual(['2025-04-11', '2025-04-10', '2025-03-10']);
  });

  it('[REPORT-5] counts employer contacts of the period and names the employers', () => {
    const employerContacts = [
      anEmployerContact({ date: '2025-03-05', channel: 'in-person', employerId: 'employer-bakeri' }),
      anEmployerContact({ date: '2025-03-06', channel: 'phone', employerId: 'employer-lager' }),
      anEmployerContact({ date: '2025-02-01', channel: 'in-person' }),
    ];
    expect(reportFacts(sources({ employerContacts }), period).employerContacts).toEqual({
      total: 2,
      faceToFace: 1,
      employers: ['Fiktivt Bakeri AS', 'Fiktivt Lager AS'],
    });
  });

  it('[REPORT-5] lists jobs that overlap the period, with no end date or ended within it', () => {
    const placements = [
      aPlacement({ startDate: '2025-08-01', jobTitle: 'Lagermedarbeider' }),
      aPlacement({ startDate: '2025-01-10', status: 'ended', endDate: '2025-02-20', jobTitle: 'Ended before' }),
      aPlacement({ startDate: '2025-09-10', jobTitle: 'Starts after' }),
      aPlacement({ startDate: '2025-03-01', status: 'planned', jobTitle: 'Planned only' }),
    ];
    const facts = reportFacts(sources({ placements }), period);
    expect(facts.placements.map((job) => [job.jobTitle, job.employerName])).toEqual([['Lagermedarbeider', 'Fiktivt Lager AS']]);
  });

  it('[REPORT-5] gives the state at the end of the period, and the goal from the agreement first', () => {
    const facts = reportFacts(sources({ agreement: { sharedGoal: 'Fast jobb innen ett år' } }), period);
    expect(facts.state).toMatchObject({ status: 'closed', outcome: 'ordinary-work', endCause: 'work-without-wage-subsidy' });
    expect(facts.goal).toBe('Fast jobb innen ett år');
    expect(reportFacts(sources(), period).goal).toBe('Jobb på lager');
  });

  it('gives empty facts for a period with no activity', () => {
    const facts = reportFacts(sources({ events: [] }), { from: '2025-03-01', to: '2025-03-31' });
    expect(facts).toMatchObject({ steps: [], meetings: [], noShows: 0, latestNotes: [], placements: [], employerContacts: { total: 0 } });
  });
});
