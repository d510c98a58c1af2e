import { describe, expect, it } from 'vitest';
import {
  caseloadEntry,
  DEFAULT_FILTER,
  filterCaseload,
  isFollowUpDue,
  lastContact,
  needsContactOrder,
  nextFollowUp,
  todayItems,
  type CaseloadFilter,
} from '../../src/domain/caseload';
import { aJobseeker, aNote, aStatusChange, aStepChange, anActiveCase, anEntry, namesOf } from './fixtures';

const TODAY = '2025-03-10';

const paused = (resumeDate: string) =>
  anActiveCase('2025-01-06', aStatusChange({ date: '2025-02-01', status: 'passive', reason: 'Sykemeldt', resumeDate }));
const closed = () => anActiveCase('2025-01-06', aStatusChange({ date: '2025-02-01', status: 'closed', outcome: 'withdrew' }));

describe('nextFollowUp', () => {
  it('[FOLLOW-1] is empty when no note sets a follow-up and no meeting is planned', () => {
    expect(nextFollowUp([])).toBeNull();
    expect(nextFollowUp([aNote({ date: '2025-03-03' })])).toBeNull();
  });

  it('[FOLLOW-1] is the follow-up date a note set', () => {
    expect(nextFollowUp([aNote({ date: '2025-03-03', nextFollowUp: '2025-03-17' })])).toBe('2025-03-17');
  });

  it('[FOLLOW-1] takes the date from the most recent note that set one, not the earliest', () => {
    const notes = [
      aNote({ date: '2025-02-01', nextFollowUp: '2025-02-10', status: 'no-show' }),
      aNote({ date: '2025-02-05', status: 'no-show', nextFollowUp: '2025-03-20' }),
    ];
    expect(nextFollowUp(notes)).toBe('2025-03-20');
  });

  it('[FOLLOW-1] keeps a follow-up when a later note sets none and no contact has reached its date', () => {
    const notes = [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-14' }), aNote({ date: '2025-03-05', meetingType: 'sms' })];
    expect(nextFollowUp(notes)).toBe('2025-03-14');
  });

  it('[FOLLOW-1] is fulfilled by a completed contact on the follow-up date', () => {
    const notes = [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-08' }), aNote({ date: '2025-03-08' })];
    expect(nextFollowUp(notes)).toBeNull();
  });

  it('[FOLLOW-1] is fulfilled by a completed contact after the follow-up date', () => {
    const notes = [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-08' }), aNote({ date: '2025-03-09' })];
    expect(nextFollowUp(notes)).toBeNull();
  });

  it('[FOLLOW-1] is not fulfilled by a meeting the jobseeker did not come to, nor by a cancelled one', () => {
    const notes = [
      aNote({ date: '2025-03-01', nextFollowUp: '2025-03-08' }),
      aNote({ date: '2025-03-08', status: 'no-show', meetingType: 'jobseeker-meeting' }),
      aNote({ date: '2025-03-09', status: 'cancelled', meetingType: 'jobseeker-meeting' }),
    ];
    expect(nextFollowUp(notes)).toBe('2025-03-08');
  });

  it('[FOLLOW-1] stays due when the note that set it is the only contact, even for the same day', () => {
    // "Ring tilbake i ettermiddag": the call that asks for the follow-up does not fulfil it.
    const call = aNote({ date: '2025-03-10', time: '09:00', nextFollowUp: '2025-03-10' });
    expect(nextFollowUp([call])).toBe('2025-03-10');
  });

  it('[FOLLOW-1] is fulfilled by a later contact on the same day as a same-day follow-up', () => {
    const call = aNote({ date: '2025-03-10', time: '09:00', nextFollowUp: '2025-03-10' });
    const callBack = aNote({ date: '2025-03-10', time: '15:00' });
    expect(nextFollowUp([call, callBack])).toBeNull();
  });

  it('[FOLLOW-1] counts an open (planned) meeting as the next follow-up', () => {
    const planned = aNote({ date: '2025-03-20', status: 'open', meetingType: 'employer-meeting', channel: 'in-person' });
    expect(nextFollowUp([aNote({ date: '2025-03-03' }), planned])).toBe('2025-03-20');
  });

  it('[FOLLOW-1] takes the earliest of the follow-up date and the planned meetings', () => {
    const notes = [
      aNote({ date: '2025-03-03', nextFollowUp: '2025-03-25' }),
      aNote({ date: '2025-03-18', status: 'open' }),
      aNote({ date: '2025-03-12', status: 'open' }),
    ];
    expect(nextFollowUp(notes)).toBe('2025-03-12');
    const later = [aNote({ date: '2025-03-03', nextFollowUp: '2025-03-05' }), aNote({ date: '2025-03-18', status: 'open' })];
    expect(nextFollowUp(later)).toBe('2025-03-05');
  });

  it('[FOLLOW-1] no longer counts a planned meeting once it is corrected to completed', () => {
    const planned = aNote({ date: '2025-03-08', status: 'open' });
    const held = aNote({ rootId: planned.id, revises: planned.id, date: '2025-03-08', status: 'completed' });
    expect(nextFollowUp([planned, held])).toBeNull();
  });

  it('[FOLLOW-1] drops a follow-up that a correction of the note removed', () => {
    const note = aNote({ date: '2025-03-03', nextFollowUp: '2025-03-17' });
    const corrected = aNote({ rootId: note.id, revises: note.id, date: '2025-03-03', nextFollowUp: '' });
    expect(nextFollowUp([note, corrected])).toBeNull();
  });

  it('[FOLLOW-1] ignores deleted notes', () => {
    expect(nextFollowUp([aNote({ date: '2025-03-03', nextFollowUp: '2025-03-17', deleted: true })])).toBeNull();
  });
});

describe('lastContact', () => {
  it('[CONTACT-1] is the date of the latest meeting or contact that took place', () => {
    const notes = [aNote({ date: '2025-02-01' }), aNote({ date: '2025-03-03' }), aNote({ date: '2025-02-20' })];
    expect(lastContact(notes, TODAY)).toBe('2025-03-03');
  });

  it('[CONTACT-1] does not count planned, missed or cancelled meetings', () => {
    const notes = [
      aNote({ date: '2025-02-01' }),
      aNote({ date: '2025-03-05', status: 'open' }),
      aNote({ date: '2025-03-06', status: 'no-show' }),
      aNote({ date: '2025-03-07', status: 'cancelled' }),
    ];
    expect(lastContact(notes, TODAY)).toBe('2025-02-01');
  });

  it('[CONTACT-1] does not count a note dated after today', () => {
    expect(lastContact([aNote({ date: '2025-02-01' }), aNote({ date: '2025-03-11' })], TODAY)).toBe('2025-02-01');
  });

  it('[CONTACT-1] counts a contact today', () => {
    expect(lastContact([aNote({ date: TODAY })], TODAY)).toBe(TODAY);
  });

  it('[CONTACT-1] is empty when there has been no contact', () => {
    expect(lastContact([], TODAY)).toBeNull();
    expect(lastContact([aNote({ date: '2025-03-05', status: 'no-show' })], TODAY)).toBeNull();
  });

  it('[CONTACT-1] follows the latest revision of a note', () => {
    const held = aNote({ date: '2025-03-05' });
    const correctedToNoShow = aNote({ rootId: held.id, revises: held.id, date: '2025-03-05', status: 'no-show' });
    expect(lastContact([aNote({ date: '2025-02-01' }), held, correctedToNoShow], TODAY)).toBe('2025-02-01');
  });
});

describe('caseloadEntry', () => {
  it('counts the days since the last contact', () => {
    const entry = anEntry({ notes: [aNote({ date: '2025-03-03' })], today: TODAY });
    expect(entry.lastContact).toBe('2025-03-03');
    expect(entry.daysSinceContact).toBe(7);
  });

  it('counts the days since referral when there has been no contact', () => {
    const entry = anEntry({ referralDate: '2025-02-28', notes: [], today: TODAY });
    expect(entry.lastContact).toBeNull();
    expect(entry.daysSinceContact).toBe(10);
  });

  it('never shows a negative number of days', () => {
    expect(anEntry({ referralDate: '2025-03-12', notes: [], today: TODAY }).daysSinceContact).toBe(0);
  });

  it('brings together the derived case state, the normalised name and the next follow-up', () => {
    const jobseeker = aJobseeker({ name: 'Åse  Ødegård' });
    const events = anActiveCase('2025-01-06', aStepChange({ jobseekerId: jobseeker.id, date: '2025-02-01', step: 3 }));
    const notes = [aNote({ jobseekerId: jobseeker.id, date: '2025-03-03', nextFollowUp: '2025-03-12' })];
    const entry = caseloadEntry(jobseeker, events, notes, TODAY);
    expect(entry.jobseeker).toBe(jobseeker);
    expect(entry.normalizedName).toBe('åse ødegård');
    expect(entry.state).toMatchObject({ status: 'active', step: 3 });
    expect(entry.nextFollowUp).toBe('2025-03-12');
  });
});

describe('filterCaseload', () => {
  const kari = anEntry({ name: 'Kari Nordmann', events: anActiveCase('2025-01-06', aStepChange({ step: 3 })), today: TODAY });
  const ola = anEntry({ name: 'Ola Hansen', events: anActiveCase('2025-01-06'), today: TODAY });
  const siri = anEntry({ name: 'Siri Østby', events: paused('2025-04-01'), today: TODAY });
  const per = anEntry({ name: 'Per Lie', events: closed(), today: TODAY });
  const nora = anEntry({ name: 'Nora Berg', events: [], today: TODAY });
  const all = [kari, ola, siri, per, nora];
  const filter = (overrides: Partial<CaseloadFilter>) => namesOf(filterCaseload(all, { ...DEFAULT_FILTER, ...overrides }));

  it('shows every case that is not closed by default: referred, active and passive', () => {
    expect(filter({})).toEqual(['Kari Nordmann', 'Ola Hansen', 'Siri Østby', 'Nora Berg']);
  });

  it('shows closed cases too with status "all"', () => {
    expect(filter({ status: 'all' })).toEqual(['Kari Nordmann', 'Ola Hansen', 'Siri Østby', 'Per Lie', 'Nora Berg']);
  });

  it.each([
    ['referred', ['Nora Berg']],
    ['active', ['Kari Nordmann', 'Ola Hansen']],
    ['passive', ['Siri Østby']],
    ['closed', ['Per Lie']],
  ] as const)('shows only %s cases when asked', (status, names) => {
    expect(filter({ status })).toEqual(names);
  });

  it('shows only the people in one step', () => {
    expect(filter({ step: 3 })).toEqual(['Kari Nordmann']);
    expect(filter({ step: 1 })).toEqual(['Ola Hansen', 'Siri Østby']);
  });

  it('finds people by name, with "Ø" found by "ø"', () => {
    expect(filter({ query: 'øst' })).toEqual(['Siri Østby']);
    expect(filter({ query: 'OST' })).toEqual([]);
  });

  it('combines the name, step and status filters', () => {
    expect(filter({ query: 'i', step: 1, status: 'active' })).toEqual([]);
    expect(filter({ query: 'a', step: 1, status: 'active' })).toEqual(['Ola Hansen']);
  });
});

describe('isFollowUpDue', () => {
  it('is due on the day and after it, not before', () => {
    const due = (date: string) =>
      isFollowUpDue(anEntry({ notes: [aNote({ date: '2025-03-01', nextFollowUp: date })], today: TODAY }), TODAY);
    expect(due('2025-03-09')).toBe(true);
    expect(due(TODAY)).toBe(true);
    expect(due('2025-03-11')).toBe(false);
  });

  it('is never due without a follow-up', () => {
    expect(isFollowUpDue(anEntry({ notes: [], today: TODAY }), TODAY)).toBe(false);
  });
});

describe('needsContactOrder', () => {
  const withFollowUp = (name: string, due: string, contact = '2025-03-01') =>
    anEntry({ name, notes: [aNote({ date: contact, nextFollowUp: due })], today: TODAY });
  const lastSeen = (name: string, date: string) => anEntry({ name, notes: [aNote({ date })], today: TODAY });

  it('[ORDER-1] puts overdue follow-ups first, the most overdue at the top', () => {
    const entries = [
      lastSeen('Ingen Frist', '2024-12-01'),
      withFollowUp('Litt Forsinket', '2025-03-08'),
      withFollowUp('Mye Forsinket', '2025-03-02'),
    ];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['Mye Forsinket', 'Litt Forsinket', 'Ingen Frist']);
  });

  it('[ORDER-1] counts a follow-up due today as due, and one due tomorrow as not', () => {
    const entries = [
      withFollowUp('I Morgen', '2025-03-11', '2025-02-01'),
      lastSeen('Lenge Siden', '2025-02-15'),
      withFollowUp('I Dag', TODAY, '2025-03-09'),
    ];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['I Dag', 'I Morgen', 'Lenge Siden']);
  });

  it('[ORDER-1] then puts the longest since the last contact first', () => {
    const entries = [lastSeen('Kari Nordmann', '2025-03-05'), lastSeen('Ola Hansen', '2025-01-20'), lastSeen('Siri Lie', '2025-02-14')];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['Ola Hansen', 'Siri Lie', 'Kari Nordmann']);
  });

  it('[ORDER-1] counts from the referral for a person never contacted', () => {
    const entries = [lastSeen('Kari Nordmann', '2025-03-01'), anEntry({ name: 'Nora Berg', referralDate: '2025-02-24', today: TODAY })];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['Nora Berg', 'Kari Nordmann']);
  });

  it('[ORDER-1] puts closed cases last, even with an overdue follow-up and a long silence', () => {
    const closedLongAgo = anEntry({
      name: 'Anne Avsluttet',
      events: closed(),
      notes: [aNote({ date: '2024-10-01', nextFollowUp: '2024-10-15' })],
      today: TODAY,
    });
    const entries = [closedLongAgo, lastSeen('Kari Nordmann', '2025-03-09'), withFollowUp('Ola Hansen', '2025-03-05')];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['Ola Hansen', 'Kari Nordmann', 'Anne Avsluttet']);
  });

  it('[ORDER-1] breaks ties by name in Norwegian alphabetical order (Æ, Ø, Å after Z)', () => {
    const entries = ['Åse Berg', 'Zara Moe', 'Ørjan Lie', 'Bjørn Dahl', 'Æsa Holm'].map((name) => lastSeen(name, '2025-03-01'));
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(['Bjørn Dahl', 'Zara Moe', 'Æsa Holm', 'Ørjan Lie', 'Åse Berg']);
  });

  it('[ORDER-1] gives the same order whatever order the caseload came in', () => {
    const entries = [
      withFollowUp('Kari Nordmann', '2025-03-04'),
      lastSeen('Ola Hansen', '2025-02-01'),
      anEntry({ name: 'Per Lie', events: closed(), today: TODAY }),
      lastSeen('Anne Berg', '2025-02-01'),
    ];
    const expected = ['Kari Nordmann', 'Anne Berg', 'Ola Hansen', 'Per Lie'];
    expect(namesOf(needsContactOrder(entries, TODAY))).toEqual(expected);
    expect(namesOf(needsContactOrder([...entries].reverse(), TODAY))).toEqual(expected);
  });

  it('does not reorder the list it is given', () => {
    const entries = [lastSeen('Kari Nordmann', '2025-03-05'), lastSeen('Ola Hansen', '2025-01-20')];
    needsContactOrder(entries, TODAY);
    expect(namesOf(entries)).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });
});

describe('todayItems', () => {
  it('[TODAY-1] lists a follow-up due today and one overdue, with the days overdue', () => {
    const entries = [
      anEntry({ name: 'Kari Nordmann', notes: [aNote({ date: '2025-03-03', nextFollowUp: TODAY })], today: TODAY }),
      anEntry({ name: 'Ola Hansen', notes: [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-06' })], today: TODAY }),
    ];
    expect(todayItems(entries, TODAY).map(({ kind, entry, date, overdueDays }) => [kind, entry.jobseeker.name, date, overdueDays])).toEqual(
      [
        ['follow-up', 'Ola Hansen', '2025-03-06', 4],
        ['follow-up', 'Kari Nordmann', TODAY, 0],
      ],
    );
  });

  it('[TODAY-1] leaves out follow-ups that are not due yet', () => {
    const entries = [anEntry({ notes: [aNote({ date: '2025-03-03', nextFollowUp: '2025-03-11' })], today: TODAY })];
    expect(todayItems(entries, TODAY)).toEqual([]);
  });

  it('[TODAY-1] reminds to resume a passive case on its resume date and after', () => {
    const onTheDay = anEntry({ name: 'Siri Østby', events: paused(TODAY), today: TODAY });
    const late = anEntry({ name: 'Per Lie', events: paused('2025-03-03'), today: TODAY });
    expect(todayItems([onTheDay, late], TODAY).map(({ kind, entry, overdueDays }) => [kind, entry.jobseeker.name, overdueDays])).toEqual([
      ['resume', 'Per Lie', 7],
      ['resume', 'Siri Østby', 0],
    ]);
  });

  it('[TODAY-1] does not remind before the resume date', () => {
    expect(todayItems([anEntry({ events: paused('2025-03-11'), today: TODAY })], TODAY)).toEqual([]);
  });

  it('[TODAY-1] no longer reminds to resume once the case is active again', () => {
    const events = [...paused('2025-03-01'), aStatusChange({ date: '2025-03-02', status: 'active' })];
    expect(todayItems([anEntry({ events, today: TODAY })], TODAY)).toEqual([]);
  });

  it('[TODAY-1] never shows a closed case, even with an overdue follow-up', () => {
    const entry = anEntry({ events: closed(), notes: [aNote({ date: '2025-01-20', nextFollowUp: '2025-02-10' })], today: TODAY });
    expect(todayItems([entry], TODAY)).toEqual([]);
  });

  it('[TODAY-1] shows both a due follow-up and a resume date for the same person', () => {
    const entry = anEntry({
      name: 'Siri Østby',
      events: paused('2025-03-05'),
      notes: [aNote({ date: '2025-01-20', nextFollowUp: '2025-03-08' })],
      today: TODAY,
    });
    expect(todayItems([entry], TODAY).map((item) => [item.kind, item.date])).toEqual([
      ['resume', '2025-03-05'],
      ['follow-up', '2025-03-08'],
    ]);
  });

  it('[TODAY-1] orders items on the same date by name in Norwegian alphabetical order', () => {
    const entries = ['Åse Berg', 'Bjørn Dahl', 'Ørjan Lie', 'Zara Moe'].map((name) =>
      anEntry({ name, notes: [aNote({ date: '2025-03-01', nextFollowUp: '2025-03-07' })], today: TODAY }),
    );
    expect(todayItems(entries, TODAY).map((item) => item.entry.jobseeker.name)).toEqual([
      'Bjørn Dahl',
      'Zara Moe',
      'Ørjan Lie',
      'Åse Berg',
    ]);
  });
});
