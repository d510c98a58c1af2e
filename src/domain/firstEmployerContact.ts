import { daysBetween, type IsoDate } from './dates';
import type { EmployerContact } from './employerContact';

// IPS fidelity: first employer contact within 30 days (of referral).
export const FIRST_EMPLOYER_CONTACT_TARGET_DAYS = 30;

type ContactFacts = Pick<EmployerContact, 'id' | 'date' | 'channel' | 'jobseekerIds' | 'deleted'>;

/**
 * [IPS-1] The first face-to-face (Fysisk) employer contact made for a
 * jobseeker: the earliest by date. Phone and digital contacts do not count,
 * nor do general job-development contacts that name no one.
 */
export function firstFaceToFaceEmployerContact<T extends ContactFacts>(contacts: readonly T[], jobseekerId: string): T | undefined {
  let first: T | undefined;
  for (const contact of contacts) {
    if (contact.deleted || contact.channel !== 'in-person' || !contact.jobseekerIds.includes(jobseekerId)) continue;
    if (!first || contact.date < first.date || (contact.date === first.date && contact.id < first.id)) first = contact;
  }
  return first;
}

/** [IPS-2] Whole calendar days from referral to the first employer contact (0 = the same day). */
export function daysToFirstEmployerContact(referralDate: IsoDate, firstContactDate: IsoDate): number {
  return daysBetween(referralDate, firstContactDate);
}

/** [IPS-2] Day 30 after referral still counts as within 30 days. */
export function isWithinFirstContactTarget(days: number): boolean {
  return days <= FIRST_EMPLOYER_CONTACT_TARGET_DAYS;
}

/** Where a jobseeker stands on the 30-day measure today. */
export type FirstContactMeasure =
  | { kind: 'met'; date: IsoDate; days: number; withinTarget: boolean }
  | { kind: 'pending'; daysSinceReferral: number; daysLeft: number; overdue: boolean };

/**
 * [IPS-3] Either the first face-to-face contact with its days since
 * referral, or, while there is none, how many days have gone and how many
 * are left of the 30 (overdue once day 30 has passed without one).
 */
export function firstContactMeasure(
  referralDate: IsoDate,
  contacts: readonly ContactFacts[],
  jobseekerId: string,
  today: IsoDate,
): FirstContactMeasure {
  const first = firstFaceToFaceEmployerContact(contacts, jobseekerId);
  if (first) {
    const days = daysToFirstEmployerContact(referralDate, first.date);
    return { kind: 'met', date: first.date, days, withinTarget: isWithinFirstContactTarget(days) };
  }
  const daysSinceReferral = daysBetween(referralDate, today);
  const daysLeft = FIRST_EMPLOYER_CONTACT_TARGET_DAYS - daysSinceReferral;
  return { kind: 'pending', daysSinceReferral, daysLeft: Math.max(0, daysLeft), overdue: daysLeft < 0 };
}
