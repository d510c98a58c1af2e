import { describe, expect, it } from 'vitest';
import {
  channelFor,
  defaultQuickFollowUp,
  followUpAfter,
  likelyMeetingType,
  placementForVisit,
  quickLogOrder,
  type QuickLogCandidate,
} from '../../src/domain/quickLog';
import { aNote, aStatusChange, anActiveCase, anEntry } from './fixtures';
import { aPlacement, aVisit } from './placementFixtures';

const TODAY = '2025-03-10';

function aCandidate(
  name: string,
  options: { notes?: ReturnType<typeof aNote>[]; due?: string[]; closed?: boolean } = {},
): QuickLogCandidate {
  const events = options.closed
    ? anActiveCase('2025-01-06', aStatusChange({ date: '2025-02-01', status: 'closed', outcome: 'withdrew' }))
    : anActiveCase('2025-01-06');
  return {
    entry: anEntry({ name, events, notes: options.notes ?? [], today: TODAY }),
    placementDueDates: options.due ?? [],
    hasOngoingPlacement: (options.due ?? []).length > 0,
  };
}

const names = (candidates: QuickLogCandidate[]) => candidates.map((candidate) => candidate.entry.jobseeker.name);

describe('quickLogOrder', () => {
  it('[QUICK-1] offers first the people visited or due most recently', () => {
    const visitedYesterday = aCandidate('Vera Besøkt', { notes: [aNote({ date: '2025-03-09' })] });
    const meetingToday = aCandidate('Mats Møte', { notes: [aNote({ date: TODAY, status: 'open' })] });
    const placementDueLastWeek = aCandidate('Pia Plass', { due: ['2025-03-04'], notes: [aNote({ date: '2025-02-20' })] });
    const seenLongAgo = aCandidate('Lars Lenge', { notes: [aNote({ date: '2025-01-15' })] });
    const order = quickLogOrder([seenLongAgo, placementDueLastWeek, visitedYesterday, meetingToday], TODAY);
    expect(names(order)).toEqual(['Mats Møte', 'Vera Besøkt', 'Pia Plass', 'Lars Lenge']);
  });

  it('[QUICK-1] does not let a follow-up due in the future count as recent', () => {
    const dueNextWeek = aCandidate('Frida Fremtid', { notes: [aNote({ date: '2025-02-01', nextFollowUp: '2025-03-17' })] });
    const seenLastWeek = aCandidate('Siri Sist', { notes: [aNote({ date: '2025-03-03' })] });
    expect(names(quickLogOrder([dueNextWeek, seenLastWeek], TODAY))).toEqual(['Siri Sist', 'Frida Fremtid']);
  });

  it('[QUICK-1] puts people never seen after those with a date, and closed cases last, ties by name', () => {
    const closed = aCandidate('Carl Closed', { closed: true, notes: [aNote({ date: TODAY })] });
    const never = aCandidate('Åse Aldri');
    const neverToo = aCandidate('Bjørn Aldri');
    const seen = aCandidate('Ørjan Sett', { notes: [aNote({ date: '2025-01-01' })] });
    expect(names(quickLogOrder([closed, never, seen, neverToo], TODAY))).toEqual(['Ørjan Sett', 'Bjørn Aldri', 'Åse Aldri', 'Carl Closed']);
  });
});

describe('the most likely meeting type', () => {
  it('[QUICK-2] is a workplace visit with an ongoing placement, else a meeting with the jobseeker', () => {
    expect(likelyMeetingType(true)).toBe('workplace-visit');
    expect(likelyMeetingType(false)).toBe('jobseeker-meeting');
  });

  it('implies the channel: phone and SMS by phone, e-mail digital, the rest in person', () => {
    expect(channelFor('phone')).toBe('phone');
    expect(channelFor('sms')).toBe('phone');
    expect(channelFor('email')).toBe('digital');
    expect(channelFor('workplace-visit')).toBe('in-person');
  });
});

describe('the next follow-up in one tap', () => {
  it('[QUICK-3] is a week, two weeks or a calendar month after the visit', () => {
    expect(followUpAfter('2025-03-10', '1w')).toBe('2025-03-17');
    expect(followUpAfter('2025-03-10', '2w')).toBe('2025-03-24');
    expect(followUpAfter('2025-01-31', '1m')).toBe('2025-02-28');
  });

  it('[QUICK-4] starts from the jobbstøtteplan’s rhythm, else two weeks', () => {
    expect(defaultQuickFollowUp({ followUpFrequency: 'weekly', followUpEveryDays: '' })).toBe('1w');
    expect(defaultQuickFollowUp({ followUpFrequency: 'every-2-weeks', followUpEveryDays: '' })).toBe('2w');
    expect(defaultQuickFollowUp({ followUpFrequency: 'monthly', followUpEveryDays: '' })).toBe('1m');
    expect(defaultQuickFollowUp({ followUpFrequency: 'days', followUpEveryDays: 5 })).toBe('1w');
    expect(defaultQuickFollowUp({ followUpFrequency: 'days', followUpEveryDays: 20 })).toBe('2w');
    expect(defaultQuickFollowUp({ followUpFrequency: 'days', followUpEveryDays: 45 })).toBe('1m');
    expect(defaultQuickFollowUp({ followUpFrequency: '', followUpEveryDays: '' })).toBe('2w');
    expect(defaultQuickFollowUp(null)).toBe('2w');
  });
});

describe('placementForVisit', () => {
  it('[QUICK-5] picks the ongoing placement whose follow-up is due first', () => {
    const calm = aPlacement({ jobTitle: 'Kokk', followUpFrequency: 'monthly', startDate: '2025-03-01' });
    const urgent = aPlacement({ jobTitle: 'Lager', followUpFrequency: 'weekly', startDate: '2025-02-01' });
    expect(placementForVisit([calm, urgent], [aVisit({ placementId: urgent.id, date: '2025-03-01' })], TODAY)?.jobTitle).toBe('Lager');
  });

  it('[QUICK-5] prefers the latest started when none has a rhythm, and ignores planned and ended ones', () => {
    const older = aPlacement({ jobTitle: 'Eldre', followUpFrequency: '', startDate: '2025-01-01' });
    const newer = aPlacement({ jobTitle: 'Nyere', followUpFrequency: '', startDate: '2025-02-01' });
    const planned = aPlacement({ jobTitle: 'Planlagt', status: 'planned', startDate: '2025-03-01' });
    expect(placementForVisit([older, planned, newer], [], TODAY)?.jobTitle).toBe('Nyere');
    expect(placementForVisit([planned, aPlacement({ status: 'ended' })], [], TODAY)).toBeNull();
  });
});
