import { countPlacements, type PlacementCounts } from '../domain/employerRegister';
import { database } from './db';

// A small read of the placements table for the employer register; the
// placements feature owns the table and its writes. The status field is read
// only if the record has one, so this works with any shape of placement.
type PlacementFacts = { employerId: string; status?: unknown; deleted?: boolean | undefined };

/** Placements past and present at one employer. */
export async function placementCountsFor(employerId: string): Promise<PlacementCounts> {
  const found: PlacementFacts[] = await database().placements.where('employerId').equals(employerId).toArray();
  return countPlacements(found);
}

/** Placements past and present at every employer, from one read of the table. */
export async function placementCountsByEmployer(): Promise<Map<string, PlacementCounts>> {
  const all: PlacementFacts[] = await database().placements.toArray();
  const groups = new Map<string, PlacementFacts[]>();
  for (const placement of all) {
    const group = groups.get(placement.employerId) ?? [];
    group.push(placement);
    groups.set(placement.employerId, group);
  }
  return new Map([...groups].map(([id, group]) => [id, countPlacements(group)]));
}
