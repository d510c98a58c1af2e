import type { RecordMeta } from '../domain/record';
import { newId } from '../domain/ids';
import { database, type FemtrinnDb, type SyncedTable } from './db';
import { nextStamp } from './deviceClock';
import { currentIdentity } from './identity';

/**
 * The one way a synced record is written: the record and its outbox entry
 * commit in one transaction, so a record never exists without the change
 * that tells the server about it, and a failed write leaves neither.
 */
export async function writeRecord<T extends RecordMeta>(
  table: SyncedTable,
  build: (meta: RecordMeta, existing: T | undefined) => T,
  options: { id?: string; now?: Date; db?: FemtrinnDb } = {},
): Promise<T> {
  const db = options.db ?? database();
  const store = db.table<T, string>(table);
  return db.transaction('rw', [store, db.outbox, db.meta], async () => {
    const id = options.id ?? newId();
    const existing = await store.get(id);
    const identity = await currentIdentity(db);
    const stamp = await nextStamp(db, options.now);
    const meta: RecordMeta = existing
      ? { id, teamId: existing.teamId, createdBy: existing.createdBy, updatedAt: stamp }
      : { id, teamId: identity.teamId, createdBy: identity.userId, updatedAt: stamp };
    const record = { ...build(meta, existing), ...meta };
    const fields = changedFields(existing, record);
    if (existing && Object.keys(fields).length === 0) return existing;
    await store.put(record);
    await addOutboxEntry(db, table, id, 'put', fields, stamp, options.now);
    return record;
  });
}

/** Marks records as deleted (tombstones), each with its outbox entry. */
export async function deleteRecords(table: SyncedTable, ids: readonly string[], now?: Date, db: FemtrinnDb = database()): Promise<void> {
  const store = db.table<RecordMeta, string>(table);
  await db.transaction('rw', [store, db.outbox, db.meta], async () => {
    for (const id of ids) {
      const existing = await store.get(id);
      if (!existing || existing.deleted) continue;
      const stamp = await nextStamp(db, now);
      await store.put({ ...existing, deleted: true, updatedAt: stamp });
      await addOutboxEntry(db, table, id, 'delete', { deleted: true }, stamp, now);
    }
  });
}

async function addOutboxEntry(
  db: FemtrinnDb,
  table: SyncedTable,
  recordId: string,
  op: 'put' | 'delete',
  fields: Record<string, unknown>,
  hlc: string,
  now: Date = new Date(),
): Promise<void> {
  await db.outbox.add({ mutationId: newId(), table, recordId, op, fields, hlc, at: now.toISOString() });
}

/** The fields whose values differ, compared by value; metadata stamps are not user changes. */
export function changedFields(before: object | undefined, after: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const old = (before ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(old[key]) !== JSON.stringify(value)) out[key] = value;
  }
  return out;
}
