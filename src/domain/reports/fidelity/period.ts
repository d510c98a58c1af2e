import { addDaysIso, daysBetween, type IsoDate } from '../../dates';

/** The period a fidelity report covers: both days included. */
export interface FidelityPeriod {
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The same day some months earlier, or that month's last day when it is
 * shorter (31 May → 28 Feb). Written out rather than taken from date-fns'
 * addMonths, which the app shell also uses: sharing it split it into a
 * chunk of its own that the shell then had to load.
 */
export function monthsEarlier(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** [FID-PERIOD-1] Unless chosen, the last three months: from the day after three months back, up to and including `today`. */
export function defaultFidelityPeriod(today: IsoDate): FidelityPeriod {
  return { from: addDaysIso(monthsEarlier(today, 3), 1), to: today };
}

export function isInPeriod(date: IsoDate, { from, to }: FidelityPeriod): boolean {
  return date >= from && date <= to;
}

/** Calendar days in the period, both ends included (0 for a period that ends before it starts). */
export function daysInPeriod({ from, to }: FidelityPeriod): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

/**
 * [FID-PERIOD-2] A measure with a deadline (30 days after referral, 4 weeks
 * or 90 days after a job starts) counts the people or jobs whose deadline
 * fell within the period. By then the answer is known, so nobody is counted
 * as missing a deadline that has not come yet; and one after another,
 * periods count everyone once.
 */
export function deadlineFellIn(start: IsoDate, days: number, period: FidelityPeriod): boolean {
  return isInPeriod(addDaysIso(start, days), period);
}
