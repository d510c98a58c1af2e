import { addMonths, parseISO } from 'date-fns';
import { addDaysIso, daysBetween, toIsoDate, type IsoDate } from './dates';
import type { FollowUpVisit } from './followUpVisit';
import { compareHlc } from './hlc';
import type { Placement } from './placement';

type Plan = Pick<Placement, 'followUpFrequency' | 'followUpEveryDays'>;

/** The date one period of the plan's rhythm after `from`; null when the plan sets no rhythm. */
export function nextByPlan(plan: Plan, from: IsoDate): IsoDate | null {
  switch (plan.followUpFrequency) {
    case 'weekly':
      return addDaysIso(from, 7);
    case 'every-2-weeks':
      return addDaysIso(from, 14);
    case 'monthly':
      return toIsoDate(addMonths(parseISO(from), 1));
    case 'days':
      return plan.followUpEveryDays === '' ? null : addDaysIso(from, plan.followUpEveryDays);
    default:
      return null;
  }
}

export interface FollowUpStatus {
  /** The latest follow-up visit that has taken place, if any. */
  lastVisit: IsoDate | null;
  daysSinceLastVisit: number | null;
  /** When the plan's rhythm says the next follow-up is due; null when there is no rhythm to keep. */
  dueDate: IsoDate | null;
  /** Days past the due date; 0 when it is due today or later. */
  overdueDays: number;
}

/** The visits of one placement that have taken place by `today`, newest first. */
export function visitsOf(placementId: string, visits: readonly FollowUpVisit[], today: IsoDate): FollowUpVisit[] {
  return visits
    .filter((visit) => visit.placementId === placementId && !visit.deleted && visit.date <= today)
    .sort((a, b) => (a.date === b.date ? compareHlc(b.updatedAt, a.updatedAt) : a.date < b.date ? 1 : -1));
}

/**
 * [RHYTHM-1] The follow-up rhythm against the jobbstøtteplan: the next
 * follow-up is due one period of the plan after the last visit (or after the
 * start, before the first visit). Only an ongoing placement with a rhythm in
 * its plan has a due date. Weekly, last visit 12 days ago → overdue by 5.
 */
export function followUpStatus(
  placement: Plan & Pick<Placement, 'id' | 'status' | 'startDate'>,
  visits: readonly FollowUpVisit[],
  today: IsoDate,
): FollowUpStatus {
  const lastVisit = visitsOf(placement.id, visits, today)[0]?.date ?? null;
  const daysSinceLastVisit = lastVisit === null ? null : daysBetween(lastVisit, today);
  const dueDate = placement.status === 'ongoing' ? nextByPlan(placement, lastVisit ?? placement.startDate) : null;
  const overdueDays = dueDate === null ? 0 : Math.max(0, daysBetween(dueDate, today));
  return { lastVisit, daysSinceLastVisit, dueDate, overdueDays };
}

/** A placement whose follow-up is due today or overdue, for the caseload's "Today" block. */
export interface PlacementFollowUpDue {
  placementId: string;
  jobseekerId: string;
  jobTitle: string;
  employerName: string;
  dueDate: IsoDate;
  overdueDays: number;
}

/** [RHYTHM-2] Every ongoing placement whose follow-up by the plan is due today or earlier. */
export function placementFollowUpsDue(
  placements: readonly Placement[],
  visits: readonly FollowUpVisit[],
  today: IsoDate,
  employerNames: ReadonlyMap<string, string> = new Map(),
): PlacementFollowUpDue[] {
  const out: PlacementFollowUpDue[] = [];
  for (const placement of placements) {
    if (placement.deleted) continue;
    const { dueDate, overdueDays } = followUpStatus(placement, visits, today);
    if (dueDate === null || dueDate > today) continue;
    out.push({
      placementId: placement.id,
      jobseekerId: placement.jobseekerId,
      jobTitle: placement.jobTitle,
      employerName: employerNames.get(placement.employerId) ?? '',
      dueDate,
      overdueDays,
    });
  }
  return out;
}
