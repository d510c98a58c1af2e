import type { FieldClocks } from '../data/db';
import type { Hlc } from '../domain/hlc';

/**
 * Every synced stamp of a record: the fields its row names, and for each
 * other field the record holds, the row's shared `stamp`. A field only ever
 * written on this device and not yet confirmed may so get the shared stamp
 * too; that is harmless, as its waiting local stamp is later than any stamp
 * this device had seen when it was made, so it still decides.
 */
export function expandClocks(row: FieldClocks | undefined, values: Record<string, unknown> | undefined): Record<string, Hlc> {
  if (!row) return {};
  const clocks: Record<string, Hlc> = {};
  if (row.stamp !== undefined && values) {
    for (const field of Object.keys(values)) if (field !== 'updatedAt') clocks[field] = row.stamp;
  }
  return Object.assign(clocks, row.clocks);
}

/** The row for a record's stamps: the most common stamp shared, the others named. */
export function compactClocks(table: string, id: string, clocks: Record<string, Hlc>): FieldClocks {
  const counts = new Map<Hlc, number>();
  for (const stamp of Object.values(clocks)) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  let shared: Hlc | undefined;
  for (const [stamp, count] of counts) if (shared === undefined || count > counts.get(shared)!) shared = stamp;
  const named: Record<string, Hlc> = {};
  for (const [field, stamp] of Object.entries(clocks)) if (stamp !== shared) named[field] = stamp;
  return shared === undefined ? { table, id, clocks: named } : { table, id, stamp: shared, clocks: named };
}
