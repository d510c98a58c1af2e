import { describe, expect, it } from 'vitest';
import { employerContactRate, weeklyFaceToFace } from '../../src/domain/reports/fidelity/employerContactsPerWeek';
import { heldMeetings, notePlace, outOfOfficeShare } from '../../src/domain/reports/fidelity/outOfOffice';
import { anEmployerContact } from './employerFixtures';
import { aNote } from './fixtures';

const inPerson = (date: string, createdBy = 'user-1') => anEmployerContact({ date, channel: 'in-person', createdBy });
const byPhone = (date: string, createdBy = 'user-1') => anEmployerContact({ date, channel: 'phone', createdBy });
const times = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index));

describe('face-to-face employer contacts per week [FID-CONTACTS-1]', () => {
  // Two whole weeks, Monday 3 to Sunday 16 March 2025.
  const TWO_WEEKS = { from: '2025-03-03', to: '2025-03-16' };

  it('meets the target at 12 face-to-face contacts in two weeks, not counting phone contacts', () => {
    const contacts = [...times(12, () => inPerson('2025-03-05')), ...times(3, () => byPhone('2025-03-05'))];
    expect(employerContactRate(contacts, TWO_WEEKS)).toEqual({ faceToFace: 12, logged: 15, weeks: 2, perWeek: 6, verdict: 'met' });
  });

  it('misses the target at 11, and leaves out deleted contacts and those outside the period', () => {
    const contacts = [
      ...times(11, () => inPerson('2025-03-10')),
      anEmployerContact({ date: '2025-03-10', channel: 'in-person', deleted: true }),
      inPerson('2025-03-02'),
      inPerson('2025-03-17'),
    ];
    expect(employerContactRate(contacts, TWO_WEEKS)).toMatchObject({ faceToFace: 11, perWeek: 5.5, verdict: 'not-met' });
  });

  it("divides a team's contacts by its number of specialists", () => {
    expect(
      employerContactRate(
        times(24, () => inPerson('2025-03-04')),
        TWO_WEEKS,
        3,
      ),
    ).toMatchObject({ perWeek: 4, verdict: 'not-met' });
  });

  it('[FID-VERDICT-1] says "ingen data" for a period with no employer contacts logged, but 0 when only phone contacts were', () => {
    expect(employerContactRate([], TWO_WEEKS)).toMatchObject({ faceToFace: 0, logged: 0, perWeek: null, verdict: 'no-data' });
    expect(employerContactRate([byPhone('2025-03-05')], TWO_WEEKS)).toMatchObject({ perWeek: 0, verdict: 'not-met' });
  });

  it("[FID-CONTACTS-2] counts week by week, Monday to Sunday, cut at the period's ends, with 0 for a week with none", () => {
    const contacts = [
      inPerson('2025-03-05'),
      inPerson('2025-03-09'),
      byPhone('2025-03-09'),
      inPerson('2025-03-18'),
      inPerson('2025-03-19'),
    ];
    expect(weeklyFaceToFace(contacts, { from: '2025-03-05', to: '2025-03-25' })).toEqual([
      { year: 2025, week: 10, from: '2025-03-05', to: '2025-03-09', faceToFace: 2 },
      { year: 2025, week: 11, from: '2025-03-10', to: '2025-03-16', faceToFace: 0 },
      { year: 2025, week: 12, from: '2025-03-17', to: '2025-03-23', faceToFace: 2 },
      { year: 2025, week: 13, from: '2025-03-24', to: '2025-03-25', faceToFace: 0 },
    ]);
  });

  it('[FID-CONTACTS-2] numbers a week across the new year by the year it belongs to', () => {
    const [week] = weeklyFaceToFace([inPerson('2025-12-31')], { from: '2025-12-29', to: '2026-01-04' });
    expect(week).toEqual({ year: 2026, week: 1, from: '2025-12-29', to: '2026-01-04', faceToFace: 1 });
  });
});

describe('meetings out of the office [FID-OUTOFOFFICE-1]', () => {
  const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
  const held = (overrides: Parameters<typeof aNote>[0]) =>
    aNote({ date: '2025-03-10', channel: 'in-person', status: 'completed', ...overrides });

  it('reads the place from the meeting type, and leaves out what is not a meeting held in person', () => {
    expect(notePlace(held({ meetingType: 'home-visit' }))).toBe('out');
    expect(notePlace(held({ meetingType: 'workplace-visit' }))).toBe('out');
    expect(notePlace(held({ meetingType: 'employer-meeting' }))).toBe('out');
    expect(notePlace(held({ meetingType: 'three-way' }))).toBe('out');
    // No place is logged for these: counted as in the office.
    expect(notePlace(held({ meetingType: 'jobseeker-meeting' }))).toBe('office');
    expect(notePlace(held({ meetingType: 'startup' }))).toBe('office');
    expect(notePlace(held({ meetingType: 'nav-counsellor' }))).toBe('office');
    expect(notePlace(held({ meetingType: 'home-visit', channel: 'digital' }))).toBeNull();
    expect(notePlace(held({ meetingType: 'phone', channel: 'in-person' }))).toBeNull();
    expect(notePlace(held({ meetingType: 'home-visit', status: 'no-show' }))).toBeNull();
    expect(notePlace(held({ meetingType: 'home-visit', status: 'open' }))).toBeNull();
  });

  it('takes notes in the period and face-to-face employer contacts, and gives the share out of the office', () => {
    const notes = [
      held({ meetingType: 'home-visit' }),
      held({ meetingType: 'jobseeker-meeting' }),
      held({ meetingType: 'jobseeker-meeting', date: '2025-04-01' }), // after the period
      held({ meetingType: 'phone', channel: 'phone' }),
    ];
    const contacts = [inPerson('2025-03-12'), byPhone('2025-03-12'), anEmployerContact({ date: '2025-03-12', deleted: true })];
    const meetings = heldMeetings(notes, contacts, PERIOD);
    expect(meetings.map((meeting) => `${meeting.source} ${meeting.outOfOffice ? 'out' : 'office'}`).sort()).toEqual([
      'employer-contact out',
      'note office',
      'note out',
    ]);
    const share = outOfOfficeShare(meetings);
    expect(share).toMatchObject({ meetings: 3, outOfOffice: 2, verdict: 'met' });
    expect(share.share).toBeCloseTo(66.67, 2);
  });

  it('counts an employer meeting logged both as a note and as an employer contact once', () => {
    const note = held({ meetingType: 'employer-meeting', jobseekerId: 'jobseeker-kari' });
    const contact = anEmployerContact({ date: '2025-03-10', channel: 'in-person', jobseekerIds: ['jobseeker-kari'] });
    const otherDay = anEmployerContact({ date: '2025-03-11', channel: 'in-person', jobseekerIds: ['jobseeker-kari'] });
    expect(heldMeetings([note], [contact, otherDay], PERIOD)).toHaveLength(2);
  });

  it('reads a corrected note by its latest version, once, for the one who wrote it first', () => {
    const first = held({ meetingType: 'jobseeker-meeting', createdBy: 'user-1' });
    const corrected = held({ rootId: first.rootId, revises: first.id, meetingType: 'home-visit', createdBy: 'user-2' });
    expect(heldMeetings([first, corrected], [], PERIOD)).toEqual([
      { date: '2025-03-10', author: 'user-1', outOfOffice: true, source: 'note' },
    ]);
  });

  it('misses the target below 65 %', () => {
    const notes = [held({ meetingType: 'home-visit' }), held({ meetingType: 'startup' })];
    expect(outOfOfficeShare(heldMeetings(notes, [], PERIOD))).toMatchObject({ share: 50, verdict: 'not-met' });
  });

  it('[FID-VERDICT-1] says "ingen data", not 0 %, when no meeting was held', () => {
    expect(outOfOfficeShare(heldMeetings([held({ meetingType: 'sms', channel: 'phone' })], [], PERIOD))).toEqual({
      meetings: 0,
      outOfOffice: 0,
      share: null,
      verdict: 'no-data',
    });
  });
});
