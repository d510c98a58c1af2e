import { getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';
import { addDaysIso, toIsoDate, type IsoDate } from '../../dates';
import { verdictFor, type MeasureDescription, type Verdict } from './measure';
import { daysInPeriod, isInPeriod, type FidelityPeriod } from './period';
import type { ContactFacts } from './sources';

/**
 * [FID-CONTACTS-1] Face-to-face (Fysisk) employer contacts per specialist per
 * week: the contacts a specialist logged in the period, over the period's
 * length in weeks (days / 7). Contacts count for whoever logged them, both
 * for named jobseekers and for job development in general. When no employer
 * contact at all (of any kind) is logged in the period there is nothing to
 * measure from: "ingen data", not 0.
 */
export const employerContactsPerWeekMeasure = {
  id: 'employerContactsPerWeek',
  rule: 'FID-CONTACTS-1',
  // IPS fidelity scale, job development (frequent employer contact): 6 face-to-face
  // employer contacts per employment specialist per week.
  target: { comparison: 'at-least', value: 6, unit: 'per-week' },
  how: 'fidelity.employerContactsPerWeek.how',
} as const satisfies MeasureDescription;

const faceToFace = (contact: ContactFacts) => contact.channel === 'in-person';

export function contactsInPeriod<T extends ContactFacts>(contacts: readonly T[], period: FidelityPeriod): T[] {
  return contacts.filter((contact) => !contact.deleted && isInPeriod(contact.date, period));
}

export interface ContactRate {
  faceToFace: number;
  /** Every employer contact logged, any channel. */
  logged: number;
  weeks: number;
  /** Face-to-face contacts per specialist per week; null when nothing is logged. */
  perWeek: number | null;
  verdict: Verdict;
}

/** [FID-CONTACTS-1] The rate for one specialist (`specialists` 1) or a team of several. */
export function employerContactRate(contacts: readonly ContactFacts[], period: FidelityPeriod, specialists = 1): ContactRate {
  const inPeriod = contactsInPeriod(contacts, period);
  const count = inPeriod.filter(faceToFace).length;
  const weeks = daysInPeriod(period) / 7;
  const perWeek = inPeriod.length === 0 || weeks === 0 || specialists === 0 ? null : count / weeks / specialists;
  return {
    faceToFace: count,
    logged: inPeriod.length,
    weeks,
    perWeek,
    verdict: verdictFor(perWeek, employerContactsPerWeekMeasure.target),
  };
}

/** A week of the period (Monday to Sunday, cut at the period's ends), by ISO week number. */
export interface ContactWeek {
  year: number;
  week: number;
  from: IsoDate;
  to: IsoDate;
  faceToFace: number;
}

/** [FID-CONTACTS-2] Face-to-face employer contacts week by week, for a chart; a week with none shows 0. */
export function weeklyFaceToFace(contacts: readonly ContactFacts[], period: FidelityPeriod): ContactWeek[] {
  if (period.to < period.from) return [];
  const weeks: ContactWeek[] = [];
  for (let monday = toIsoDate(startOfISOWeek(parseISO(period.from))); monday <= period.to; monday = addDaysIso(monday, 7)) {
    const day = parseISO(monday);
    const sunday = addDaysIso(monday, 6);
    weeks.push({
      year: getISOWeekYear(day),
      week: getISOWeek(day),
      from: monday < period.from ? period.from : monday,
      to: sunday > period.to ? period.to : sunday,
      faceToFace: 0,
    });
  }
  for (const contact of contactsInPeriod(contacts, period)) {
    if (!faceToFace(contact)) continue;
    const week = weeks.find((candidate) => contact.date >= candidate.from && contact.date <= candidate.to);
    if (week) week.faceToFace += 1;
  }
  return weeks;
}
