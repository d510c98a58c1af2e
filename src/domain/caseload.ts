import type { CaseStatus } from './caseEvent';
import { deriveCaseState, type CaseState } from './caseState';
import { daysBetween, type IsoDate } from './dates';
import type { PlacementFollowUpDue } from './followUpRhythm';
import type { Jobseeker } from './jobseeker';
import { nameMatchesQuery, normalizeName } from './nameMatch';
import type { Note } from './note';
import { currentNotes } from './noteRevisions';
import type { CaseEvent } from './caseEvent';
import type { SeStep } from './seSteps';

/** One row of the caseload: the person, their case state and when they need contact. */
export interface CaseloadEntry {
  jobseeker: Jobseeker;
  normalizedName: string;
  state: CaseState;
  /** The last contact that took place (a completed note), if any. */
  lastContact: IsoDate | null;
  /** Days since the last contact, or since referral when there has been none. */
  daysSinceContact: number;
  nextFollowUp: IsoDate | null;
  /** Ongoing placements whose follow-up by the jobbstøtteplan is due today or overdue. */
  placementFollowUps: PlacementFollowUpDue[];
}

/**
 * [FOLLOW-1] The next follow-up is the earliest of: the follow-up date set
 * by the most recent note that set one (unless a contact has taken place on
 * or after that date), and the date of any meeting still open (planned).
 */
export function nextFollowUp(notes: readonly Note[]): IsoDate | null {
  const current = currentNotes(notes);
  const candidates: IsoDate[] = [];
  const setterIndex = current.findIndex((note) => note.nextFollowUp !== '');
  if (setterIndex !== -1) {
    const due = current[setterIndex]!.nextFollowUp;
    // Only a contact newer than the note that set the follow-up fulfils it (current is newest first),
    // so a same-day follow-up is not met by the very contact that asked for it.
    const metSince = current.slice(0, setterIndex).some((note) => note.status === 'completed' && note.date >= due);
    if (!metSince) candidates.push(due);
  }
  for (const note of current) if (note.status === 'open') candidates.push(note.date);
  return candidates.length === 0 ? null : candidates.sort()[0]!;
}

/** [CONTACT-1] The last contact is the latest note of a meeting or contact that took place. */
export function lastContact(notes: readonly Note[], today: IsoDate): IsoDate | null {
  const held = currentNotes(notes).filter((note) => note.status === 'completed' && note.date <= today);
  return held.length === 0
    ? null
    : held
        .map((note) => note.date)
        .sort()
        .at(-1)!;
}

export function caseloadEntry(
  jobseeker: Jobseeker,
  events: readonly CaseEvent[],
  notes: readonly Note[],
  today: IsoDate,
  placementFollowUps: PlacementFollowUpDue[] = [],
): CaseloadEntry {
  const contact = lastContact(notes, today);
  return {
    jobseeker,
    normalizedName: normalizeName(jobseeker.name),
    state: deriveCaseState(events),
    lastContact: contact,
    daysSinceContact: Math.max(0, daysBetween(contact ?? jobseeker.referralDate, today)),
    nextFollowUp: nextFollowUp(notes),
    placementFollowUps,
  };
}

export interface CaseloadFilter {
  query: string;
  step: SeStep | 'all';
  /** 'open' means every case that is not closed. */
  status: CaseStatus | 'open' | 'all';
}

export const DEFAULT_FILTER: CaseloadFilter = { query: '', step: 'all', status: 'open' };

export function filterCaseload(entries: readonly CaseloadEntry[], filter: CaseloadFilter): CaseloadEntry[] {
  return entries.filter(
    (entry) =>
      (filter.step === 'all' || entry.state.step === filter.step) &&
      (filter.status === 'all' || (filter.status === 'open' ? entry.state.status !== 'closed' : entry.state.status === filter.status)) &&
      (filter.query.trim() === '' || nameMatchesQuery(entry.normalizedName, filter.query)),
  );
}

/** Due today or earlier. */
export function isFollowUpDue(entry: CaseloadEntry, today: IsoDate): boolean {
  return entry.nextFollowUp !== null && entry.nextFollowUp <= today;
}

/**
 * [ORDER-1] "Who needs me now": closed cases last; first those whose
 * follow-up is due or overdue (most overdue first), then the longest since
 * the last contact; ties by name so the order is stable.
 */
export function needsContactOrder(entries: readonly CaseloadEntry[], today: IsoDate): CaseloadEntry[] {
  const rank = (entry: CaseloadEntry) => (entry.state.status === 'closed' ? 2 : isFollowUpDue(entry, today) ? 0 : 1);
  return [...entries].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 0 && a.nextFollowUp !== b.nextFollowUp) return a.nextFollowUp! < b.nextFollowUp! ? -1 : 1;
    if (a.daysSinceContact !== b.daysSinceContact) return b.daysSinceContact - a.daysSinceContact;
    return a.normalizedName.localeCompare(b.normalizedName, 'nb');
  });
}

export type TodayItem =
  | { kind: 'follow-up'; entry: CaseloadEntry; date: IsoDate; overdueDays: number }
  | { kind: 'resume'; entry: CaseloadEntry; date: IsoDate; overdueDays: number }
  | { kind: 'placement-follow-up'; entry: CaseloadEntry; date: IsoDate; overdueDays: number; placement: PlacementFollowUpDue };

/**
 * [TODAY-1] The "Today" block: follow-ups due today or overdue, and passive
 * periods whose resume date has come, oldest first. Closed cases never show.
 * [TODAY-2] Placement follow-ups that the jobbstøtteplan says are due show
 * too, one per placement; a person with one of those does not also get the
 * general follow-up item, since the one visit answers both.
 */
export function todayItems(entries: readonly CaseloadEntry[], today: IsoDate): TodayItem[] {
  const items: TodayItem[] = [];
  for (const entry of entries) {
    if (entry.state.status === 'closed') continue;
    for (const placement of entry.placementFollowUps)
      items.push({ kind: 'placement-follow-up', entry, date: placement.dueDate, overdueDays: placement.overdueDays, placement });
    if (isFollowUpDue(entry, today) && entry.placementFollowUps.length === 0)
      items.push({ kind: 'follow-up', entry, date: entry.nextFollowUp!, overdueDays: daysBetween(entry.nextFollowUp!, today) });
    const resume = entry.state.resumeDate;
    if (entry.state.status === 'passive' && resume !== null && resume <= today)
      items.push({ kind: 'resume', entry, date: resume, overdueDays: daysBetween(resume, today) });
  }
  return items.sort((a, b) =>
    a.date === b.date ? a.entry.normalizedName.localeCompare(b.entry.normalizedName, 'nb') : a.date < b.date ? -1 : 1,
  );
}
