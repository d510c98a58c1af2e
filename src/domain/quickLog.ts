import { addMonths, parseISO } from 'date-fns';
import type { CaseloadEntry } from './caseload';
import { addDaysIso, toIsoDate, type IsoDate } from './dates';
import { followUpStatus } from './followUpRhythm';
import type { FollowUpVisit } from './followUpVisit';
import type { Channel, MeetingType } from './note';
import type { Placement } from './placement';

/**
 * Rules of the quick log ("logg besøk" from the car): who to offer first,
 * what kind of meeting it most likely was, and the next follow-up in one tap.
 */

export interface QuickLogCandidate {
  entry: CaseloadEntry;
  /** Ongoing placements' follow-ups by the plan (due or not). */
  placementDueDates: IsoDate[];
  hasOngoingPlacement: boolean;
}

/** The most recent date on or before today when the person was seen or was due to be. */
function recency(candidate: QuickLogCandidate, today: IsoDate): IsoDate | null {
  const dates = [candidate.entry.lastContact, candidate.entry.nextFollowUp, ...candidate.placementDueDates].filter(
    (date): date is IsoDate => date !== null && date <= today,
  );
  return dates.length === 0 ? null : dates.sort().at(-1)!;
}

/**
 * [QUICK-1] The people to offer first: those visited or due most recently
 * (a visit just made, a meeting planned for today, a follow-up that came due)
 * come first, latest date on top; people with no such date follow; closed
 * cases come last. Ties by name, so the order is stable.
 */
export function quickLogOrder(candidates: readonly QuickLogCandidate[], today: IsoDate): QuickLogCandidate[] {
  const keyed = candidates.map((candidate) => ({ candidate, date: recency(candidate, today) }));
  const closed = (item: (typeof keyed)[number]) => (item.candidate.entry.state.status === 'closed' ? 1 : 0);
  return keyed
    .sort((a, b) => {
      if (closed(a) !== closed(b)) return closed(a) - closed(b);
      if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
      return a.candidate.entry.normalizedName.localeCompare(b.candidate.entry.normalizedName, 'nb');
    })
    .map((item) => item.candidate);
}

/** [QUICK-2] A workplace visit when the person has an ongoing placement, else a meeting with the jobseeker. */
export function likelyMeetingType(hasOngoingPlacement: boolean): MeetingType {
  return hasOngoingPlacement ? 'workplace-visit' : 'jobseeker-meeting';
}

/** The channel a meeting type implies, so the quick log need not ask. */
export function channelFor(type: MeetingType): Channel {
  if (type === 'phone' || type === 'sms') return 'phone';
  if (type === 'email') return 'digital';
  return 'in-person';
}

/** [QUICK-3] The next follow-up in one tap: a week, two weeks or a month after the visit. */
export const QUICK_FOLLOW_UPS = ['1w', '2w', '1m'] as const;
export type QuickFollowUp = (typeof QUICK_FOLLOW_UPS)[number];

export function followUpAfter(date: IsoDate, choice: QuickFollowUp): IsoDate {
  if (choice === '1w') return addDaysIso(date, 7);
  if (choice === '2w') return addDaysIso(date, 14);
  return toIsoDate(addMonths(parseISO(date), 1));
}

/**
 * [QUICK-4] The follow-up choice the quick log starts with, so that saving
 * takes no extra tap: the rhythm of the placement's jobbstøtteplan (a plan
 * in days takes the nearest choice), else two weeks.
 */
export function defaultQuickFollowUp(plan: Pick<Placement, 'followUpFrequency' | 'followUpEveryDays'> | null): QuickFollowUp {
  switch (plan?.followUpFrequency) {
    case 'weekly':
      return '1w';
    case 'monthly':
      return '1m';
    case 'days':
      if (plan.followUpEveryDays === '') return '2w';
      return plan.followUpEveryDays <= 10 ? '1w' : plan.followUpEveryDays <= 21 ? '2w' : '1m';
    default:
      return '2w';
  }
}

/**
 * [QUICK-5] The placement a workplace visit belongs to, when the person
 * holds more than one: the ongoing one whose follow-up is due first, then
 * the one started last. Null when none is ongoing.
 */
export function placementForVisit(placements: readonly Placement[], visits: readonly FollowUpVisit[], today: IsoDate): Placement | null {
  const ongoing = placements.filter((placement) => placement.status === 'ongoing' && !placement.deleted);
  const due = (placement: Placement) => followUpStatus(placement, visits, today).dueDate ?? '\uffff';
  const sorted = ongoing.sort((a, b) =>
    due(a) !== due(b) ? (due(a) < due(b) ? -1 : 1) : a.startDate === b.startDate ? 0 : a.startDate < b.startDate ? 1 : -1,
  );
  return sorted[0] ?? null;
}
