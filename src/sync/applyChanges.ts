import { SYNCED_TABLES, type FemtrinnDb, type FieldClocks } from '../data/db';
import { receiveStamp } from '../data/deviceClock';
import { readSyncState, writeSyncState } from '../data/syncMeta';
import { compareHlc, type Hlc } from '../domain/hlc';
import { mergeFields } from '../protocol/mergeFields';
import type { Change } from '../protocol/protocol';
import { compactClocks, expandClocks } from './fieldClockRows';
import { foldStamps } from './pushOutbox';

type StoredRecord = Record<string, unknown> & { id: string };

interface Working {
  table: string;
  id: string;
  record: StoredRecord | undefined;
  /** Stamps of what was synced (pulled, or pushed and confirmed). */
  synced: Record<string, Hlc>;
  /** Synced stamps with those of local changes still waiting folded in: what the merge compares against. */
  effective: Record<string, Hlc>;
}

const KNOWN_TABLES: readonly string[] = SYNCED_TABLES;
const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * Applies one page of the team's change feed in one transaction, together
 * with the new cursor: a crash leaves either the whole page or none of it.
 * [SYNC-1] Each change merges per field with the same `mergeFields` the
 * server runs, against the record's synced stamps and the stamps of local
 * changes still waiting to be sent, so a waiting local edit is overwritten
 * only by a remote edit with a later stamp — exactly what the server will
 * decide when the local edit reaches it.
 * [SYNC-2] The device clock moves past every stamp seen, so a later edit on
 * this device wins over what it has seen.
 */
export async function applyChanges(
  db: FemtrinnDb,
  changes: readonly Change[],
  feed: { teamId: string; cursor: number },
  now: Date = new Date(),
): Promise<void> {
  const known = changes.filter((change) => KNOWN_TABLES.includes(change.table));
  const tables = SYNCED_TABLES.map((name) => db.table(name));
  await db.transaction('rw', [...tables, db.fieldClocks, db.outbox, db.meta], async () => {
    const working = await loadWorking(db, known);
    let newest: Hlc | undefined;
    for (const change of known) {
      const item = working.get(keyOf(change.table, change.recordId))!;
      const result = mergeFields({ values: item.record ?? {}, clocks: item.effective }, change.fields, change.hlc);
      const record = { ...result.values, id: change.recordId } as StoredRecord;
      if (record.teamId === undefined) record.teamId = change.teamId;
      const updatedAt = record.updatedAt as Hlc | undefined;
      if (updatedAt === undefined || compareHlc(change.hlc, updatedAt) > 0) record.updatedAt = change.hlc;
      item.record = record;
      item.effective = result.clocks;
      foldStamps(item.synced, change.fields, change.hlc);
      if (newest === undefined || compareHlc(change.hlc, newest) > 0) newest = change.hlc;
    }
    await saveWorking(db, working);
    if (newest !== undefined) await receiveStamp(db, newest, now);
    const state = await readSyncState(db);
    await writeSyncState(db, { ...state, cursors: { ...state.cursors, [feed.teamId]: feed.cursor } });
  });
}

/**
 * Which of these ids a table holds. A first sync brings mostly records the
 * device has never seen; ids are UUIDv7 and the feed comes in about the
 * order records were made, so one cursor over the page's id range (keys
 * only) answers cheaply what 2,500 single reads would. When the range holds
 * far more than the page (old records edited), it gives up: null.
 */
async function existingIds(db: FemtrinnDb, table: string, ids: readonly string[]): Promise<Set<string> | null> {
  const sorted = [...ids].sort();
  const limit = ids.length * 2 + 10;
  const keys = await db
    .table<StoredRecord, string>(table)
    .where(':id')
    .between(sorted[0]!, sorted.at(-1)!, true, true)
    .limit(limit)
    .primaryKeys();
  if (keys.length >= limit) return null;
  const wanted = new Set(ids);
  return new Set(keys.filter((key) => wanted.has(key)));
}

async function loadTable(
  db: FemtrinnDb,
  table: string,
  ids: readonly string[],
): Promise<Array<[StoredRecord | undefined, FieldClocks | undefined]>> {
  const existing = await existingIds(db, table, ids);
  const present = existing === null ? ids : ids.filter((id) => existing.has(id));
  if (present.length === 0) return ids.map(() => [undefined, undefined]);
  const [records, rows] = await Promise.all([
    db.table<StoredRecord, string>(table).bulkGet([...present]),
    db.fieldClocks.bulkGet(present.map((id): [string, string] => [table, id])),
  ]);
  const found = new Map(
    present.map((id, index) => [id, [records[index], rows[index]] as [StoredRecord | undefined, FieldClocks | undefined]]),
  );
  return ids.map((id) => found.get(id) ?? [undefined, undefined]);
}

async function loadWorking(db: FemtrinnDb, changes: readonly Change[]): Promise<Map<string, Working>> {
  const working = new Map<string, Working>();
  const byTable = new Map<string, Set<string>>();
  for (const change of changes) {
    const ids = byTable.get(change.table) ?? new Set<string>();
    ids.add(change.recordId);
    byTable.set(change.table, ids);
  }
  if (byTable.size === 0) return working;
  const tables = [...byTable].map(([table, ids]) => [table, [...ids]] as const);
  const keys = tables.flatMap(([table, ids]) => ids.map((id): [string, string] => [table, id]));
  // Every read of the page at once: IndexedDB queues them, nothing waits for a round trip.
  const [loaded, waiting] = await Promise.all([
    Promise.all(tables.map(([table, ids]) => loadTable(db, table, ids))),
    // Local changes still waiting: their stamps count in the merge.
    db.outbox.count().then((count) => (count === 0 ? [] : db.outbox.where('[table+recordId]').anyOf(keys).toArray())),
  ]);
  tables.forEach(([table, ids], tableIndex) => {
    ids.forEach((id, index) => {
      const [record, row] = loaded[tableIndex]![index]!;
      const clocks = expandClocks(row, record);
      working.set(keyOf(table, id), { table, id, record, synced: clocks, effective: { ...clocks } });
    });
  });
  // In order, so the newest waiting stamp wins.
  waiting.sort((a, b) => a.seq! - b.seq!);
  for (const entry of waiting) foldStamps(working.get(keyOf(entry.table, entry.recordId))!.effective, entry.fields, entry.hlc);
  return working;
}

async function saveWorking(db: FemtrinnDb, working: Map<string, Working>): Promise<void> {
  const records = new Map<string, StoredRecord[]>();
  const clocks: FieldClocks[] = [];
  for (const item of working.values()) {
    if (!item.record) continue;
    const list = records.get(item.table) ?? [];
    list.push(item.record);
    records.set(item.table, list);
    clocks.push(compactClocks(item.table, item.id, item.synced));
  }
  for (const [table, list] of records) await db.table<StoredRecord, string>(table).bulkPut(list);
  await db.fieldClocks.bulkPut(clocks);
}
