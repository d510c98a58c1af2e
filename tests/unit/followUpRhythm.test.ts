import { describe, expect, it } from 'vitest';
import { followUpStatus, nextByPlan, placementFollowUpsDue, visitsOf } from '../../src/domain/followUpRhythm';
import { followUpVisitInputSchema } from '../../src/domain/followUpVisit';
import { fieldErrors } from '../../src/domain/validation';
import { aPlacement, aVisit } from './placementFixtures';

const TODAY = '2025-03-10';

describe('the rhythm of a jobbstøtteplan', () => {
  it('comes a week, two weeks, a calendar month or a number of days after a date', () => {
    expect(nextByPlan({ followUpFrequency: 'weekly', followUpEveryDays: '' }, '2025-03-03')).toBe('2025-03-10');
    expect(nextByPlan({ followUpFrequency: 'every-2-weeks', followUpEveryDays: '' }, '2025-03-03')).toBe('2025-03-17');
    expect(nextByPlan({ followUpFrequency: 'monthly', followUpEveryDays: '' }, '2025-01-31')).toBe('2025-02-28');
    expect(nextByPlan({ followUpFrequency: 'days', followUpEveryDays: 10 }, '2025-03-03')).toBe('2025-03-13');
    expect(nextByPlan({ followUpFrequency: '', followUpEveryDays: '' }, '2025-03-03')).toBeNull();
  });
});

describe('followUpStatus', () => {
  it('[RHYTHM-1] is overdue by 5 days when the plan says weekly and the last visit was 12 days ago', () => {
    const placement = aPlacement({ followUpFrequency: 'weekly' });
    const visits = [aVisit({ placementId: placement.id, date: '2025-02-26' })];
    expect(followUpStatus(placement, visits, TODAY)).toEqual({
      lastVisit: '2025-02-26',
      daysSinceLastVisit: 12,
      dueDate: '2025-03-05',
      overdueDays: 5,
    });
  });

  it('[RHYTHM-1] counts from the latest visit, whatever order the visits come in', () => {
    const placement = aPlacement({ followUpFrequency: 'every-2-weeks' });
    const visits = [aVisit({ placementId: placement.id, date: '2025-03-06' }), aVisit({ placementId: placement.id, date: '2025-02-10' })];
    expect(followUpStatus(placement, visits, TODAY)).toMatchObject({ lastVisit: '2025-03-06', dueDate: '2025-03-20', overdueDays: 0 });
  });

  it('[RHYTHM-1] counts from the start before the first visit', () => {
    const placement = aPlacement({ followUpFrequency: 'weekly', startDate: '2025-03-01' });
    expect(followUpStatus(placement, [], TODAY)).toEqual({
      lastVisit: null,
      daysSinceLastVisit: null,
      dueDate: '2025-03-08',
      overdueDays: 2,
    });
  });

  it('[RHYTHM-1] is due, not overdue, on the day itself', () => {
    const placement = aPlacement({ followUpFrequency: 'weekly' });
    expect(followUpStatus(placement, [aVisit({ placementId: placement.id, date: '2025-03-03' })], TODAY)).toMatchObject({
      dueDate: TODAY,
      overdueDays: 0,
    });
  });

  it('[RHYTHM-1] ignores other placements’ visits, deleted visits and visits dated after today', () => {
    const placement = aPlacement({ followUpFrequency: 'weekly', startDate: '2025-02-01' });
    const visits = [
      aVisit({ placementId: 'another', date: '2025-03-09' }),
      aVisit({ placementId: placement.id, date: '2025-03-08', deleted: true }),
      aVisit({ placementId: placement.id, date: '2025-03-11' }),
      aVisit({ placementId: placement.id, date: '2025-02-20' }),
    ];
    expect(followUpStatus(placement, visits, TODAY)).toMatchObject({ lastVisit: '2025-02-20', overdueDays: 11 });
    expect(visitsOf(placement.id, visits, TODAY)).toHaveLength(1);
  });

  it('[RHYTHM-1] has no due date for a planned or ended placement, nor for a plan without a rhythm', () => {
    expect(followUpStatus(aPlacement({ status: 'planned' }), [], TODAY).dueDate).toBeNull();
    expect(followUpStatus(aPlacement({ status: 'ended' }), [], TODAY).dueDate).toBeNull();
    expect(followUpStatus(aPlacement({ followUpFrequency: '' }), [], TODAY)).toMatchObject({ dueDate: null, overdueDays: 0 });
  });
});

describe('placementFollowUpsDue', () => {
  it('[RHYTHM-2] lists ongoing placements due today or overdue, with the employer’s name', () => {
    const overdue = aPlacement({ jobTitle: 'Lagermedarbeider', employerId: 'e1', followUpFrequency: 'weekly' });
    const dueToday = aPlacement({ jobTitle: 'Kokk', employerId: 'e2', followUpFrequency: 'weekly', startDate: '2025-03-03' });
    const notYet = aPlacement({ followUpFrequency: 'monthly', startDate: '2025-03-01' });
    const visits = [aVisit({ placementId: overdue.id, date: '2025-02-26' })];
    const due = placementFollowUpsDue([overdue, dueToday, notYet], visits, TODAY, new Map([['e1', 'Lager AS']]));
    expect(due.map(({ jobTitle, employerName, dueDate, overdueDays }) => [jobTitle, employerName, dueDate, overdueDays])).toEqual([
      ['Lagermedarbeider', 'Lager AS', '2025-03-05', 5],
      ['Kokk', '', TODAY, 0],
    ]);
  });

  it('[RHYTHM-2] leaves out ended and deleted placements', () => {
    const ended = aPlacement({ status: 'ended', startDate: '2025-01-01' });
    const deleted = aPlacement({ startDate: '2025-01-01', deleted: true });
    expect(placementFollowUpsDue([ended, deleted], [], TODAY)).toEqual([]);
  });
});

describe('a follow-up visit', () => {
  const parse = (input: object) => {
    const result = followUpVisitInputSchema(TODAY).safeParse({ date: TODAY, place: 'on-the-job', note: 'Godt besøk.', ...input });
    return result.success ? result.data : fieldErrors(result.error);
  };

  it('keeps where it was, with whom and the next follow-up', () => {
    expect(parse({ place: 'off-the-job', withWhom: ['jobseeker', 'mentor'], nextFollowUp: '2025-03-24' })).toEqual({
      date: TODAY,
      place: 'off-the-job',
      withWhom: ['jobseeker', 'mentor'],
      note: 'Godt besøk.',
      nextFollowUp: '2025-03-24',
    });
  });

  it('needs a place and a note, and cannot lie in the future or be followed up before it happened', () => {
    expect(parse({ place: '', note: '' })).toEqual({ place: 'error.required', note: 'error.required' });
    expect(parse({ date: '2025-03-11' })).toEqual({ date: 'error.dateInFuture' });
    expect(parse({ nextFollowUp: '2025-03-09' })).toEqual({ nextFollowUp: 'error.followUpBeforeNote' });
  });

  it('knows only the jobseeker, the mentor, the leader and colleagues as people met', () => {
    expect(parse({ withWhom: ['leader', 'colleagues'] })).toMatchObject({ withWhom: ['leader', 'colleagues'] });
    expect(parse({ withWhom: ['neighbour'] })).toEqual({ 'withWhom.0': 'error.required' });
  });
});
