import type { IsoDate } from './dates';
import type { Employer } from './employer';
import { nameMatchesQuery, normalizeName } from './nameMatch';
import { normalizeOrgnr } from './orgnr';

/** What the register shows of an employer's history with the team. */
export interface EmployerSummary {
  lastContactDate: IsoDate | undefined;
  contactCount: number;
}

/** [EMPLOYER-2] The last contact and how many there have been; deleted contacts do not count. */
export function employerSummary(contacts: readonly { date: IsoDate; deleted?: boolean | undefined }[]): EmployerSummary {
  let lastContactDate: IsoDate | undefined;
  let contactCount = 0;
  for (const contact of contacts) {
    if (contact.deleted) continue;
    contactCount += 1;
    if (lastContactDate === undefined || contact.date > lastContactDate) lastContactDate = contact.date;
  }
  return { lastContactDate, contactCount };
}

/** Summaries of every employer, from all contacts at once (one pass). */
export function employerSummaries(
  contacts: readonly { employerId: string; date: IsoDate; deleted?: boolean | undefined }[],
): Map<string, EmployerSummary> {
  const byEmployer = new Map<string, { employerId: string; date: IsoDate; deleted?: boolean | undefined }[]>();
  for (const contact of contacts) {
    const list = byEmployer.get(contact.employerId) ?? [];
    list.push(contact);
    byEmployer.set(contact.employerId, list);
  }
  return new Map([...byEmployer].map(([id, list]) => [id, employerSummary(list)]));
}

export const NO_CONTACTS: EmployerSummary = { lastContactDate: undefined, contactCount: 0 };

/** Placements at an employer: going on or planned now, and ended. */
export interface PlacementCounts {
  present: number;
  past: number;
  /** Every placement, also those whose status is not known (yet). */
  total: number;
}

/**
 * [EMPLOYER-3] Planned and ongoing placements are present, ended ones past.
 * A placement without a status is counted in the total only.
 */
export function countPlacements(placements: readonly { status?: unknown; deleted?: boolean | undefined }[]): PlacementCounts {
  const counts: PlacementCounts = { present: 0, past: 0, total: 0 };
  for (const placement of placements) {
    if (placement.deleted) continue;
    counts.total += 1;
    if (placement.status === 'planned' || placement.status === 'ongoing') counts.present += 1;
    else if (placement.status === 'ended') counts.past += 1;
  }
  return counts;
}

/**
 * [EMPLOYER-1] Search by name (every word, any order, case and accents
 * ignored as for people) or by organisation number (digits, spaces allowed:
 * "974 760" finds 974760673). An empty query finds everyone. Sorted by name.
 */
export function searchEmployers<T extends Pick<Employer, 'name' | 'orgnr'>>(employers: readonly T[], query: string): T[] {
  const digits = normalizeOrgnr(query.trim());
  const byOrgnr = /^\d+$/.test(digits);
  const found = employers.filter(
    (employer) => (byOrgnr && employer.orgnr.includes(digits)) || nameMatchesQuery(normalizeName(employer.name), query),
  );
  return found.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
