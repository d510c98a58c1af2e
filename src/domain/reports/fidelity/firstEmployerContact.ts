import type { IsoDate } from '../../dates';
import {
  daysToFirstEmployerContact,
  FIRST_EMPLOYER_CONTACT_TARGET_DAYS,
  firstFaceToFaceEmployerContact,
  isWithinFirstContactTarget,
} from '../../firstEmployerContact';
import { percentOf } from '../share';
import { median, verdictFor, type MeasureDescription, type Verdict } from './measure';
import { deadlineFellIn, type FidelityPeriod } from './period';
import type { ContactFacts, FidelityPerson } from './sources';

/**
 * [FID-FIRSTCONTACT-1] Days from referral to the first face-to-face (Fysisk)
 * employer contact made for the jobseeker ([IPS-1], [IPS-2]), and the share
 * who had one within 30 days. Counted: everyone whose 30 days ran out within
 * the period ([FID-PERIOD-2]), so people referred less than 30 days before
 * the period ends are left for a later period instead of counting as misses.
 * Contacts dated before the referral (an earlier case) or after the period
 * do not count.
 */
export const firstEmployerContactMeasure = {
  id: 'firstEmployerContact',
  rule: 'FID-FIRSTCONTACT-1',
  // IPS fidelity scale, rapid job search: the first face-to-face employer contact
  // comes within 30 days (one month) of entering the service, for the typical
  // jobseeker; we read "typical" as at least half (the median within 30 days).
  target: { comparison: 'at-least', value: 50, unit: 'percent' },
  how: 'fidelity.firstEmployerContact.how',
} as const satisfies MeasureDescription;

export interface FirstContactRow {
  jobseekerId: string;
  referralDate: IsoDate;
  /** The first face-to-face employer contact by the period's end; null when there was none. */
  firstContact: IsoDate | null;
  days: number | null;
  withinTarget: boolean;
}

/** The people whose 30 days ran out in the period, each with their first face-to-face employer contact. */
export function firstContactRows(
  people: readonly FidelityPerson[],
  contacts: readonly ContactFacts[],
  period: FidelityPeriod,
): FirstContactRow[] {
  const rows: FirstContactRow[] = [];
  for (const { jobseeker } of people) {
    if (jobseeker.deleted || !deadlineFellIn(jobseeker.referralDate, FIRST_EMPLOYER_CONTACT_TARGET_DAYS, period)) continue;
    const counted = contacts.filter((contact) => contact.date >= jobseeker.referralDate && contact.date <= period.to);
    const first = firstFaceToFaceEmployerContact(counted, jobseeker.id);
    const days = first ? daysToFirstEmployerContact(jobseeker.referralDate, first.date) : null;
    rows.push({
      jobseekerId: jobseeker.id,
      referralDate: jobseeker.referralDate,
      firstContact: first?.date ?? null,
      days,
      withinTarget: days !== null && isWithinFirstContactTarget(days),
    });
  }
  return rows;
}

export interface FirstContactSummary {
  /** Whose 30 days ran out in the period. */
  counted: number;
  withinTarget: number;
  /** Had no face-to-face employer contact by the period's end. */
  withoutContact: number;
  /** Per cent within 30 days; null when no one was counted. */
  share: number | null;
  /** Median days among those who had a contact by the period's end. */
  medianDays: number | null;
  verdict: Verdict;
}

export function firstContactSummary(rows: readonly FirstContactRow[]): FirstContactSummary {
  const withinTarget = rows.filter((row) => row.withinTarget).length;
  const share = percentOf(withinTarget, rows.length);
  return {
    counted: rows.length,
    withinTarget,
    withoutContact: rows.filter((row) => row.days === null).length,
    share,
    medianDays: median(rows.flatMap((row) => (row.days === null ? [] : [row.days]))),
    verdict: verdictFor(share, firstEmployerContactMeasure.target),
  };
}
