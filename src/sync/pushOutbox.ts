import type { FemtrinnDb, FieldClocks } from '../data/db';
import type { OutboxEntry } from '../data/outboxEntry';
import { compareHlc } from '../domain/hlc';
import type { ApiClient } from './apiClient';
import { ApiError } from './apiClient';
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_MUTATIONS,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type Mutation,
  type SyncTable,
} from '../protocol/protocol';

/** Room left in a batch for the request's envelope (versions, device id, brackets). */
const ENVELOPE_BYTES = 1_024;

const encoder = new TextEncoder();

/** An outbox entry as the server sees it: the outbox sequence is the mutation number. */
export function toMutation(entry: OutboxEntry): Mutation {
  if (entry.seq === undefined) throw new Error('An outbox entry read from the store has a seq');
  return {
    mutationNumber: entry.seq,
    table: entry.table as SyncTable,
    recordId: entry.recordId,
    op: entry.op,
    fields: entry.fields,
    hlc: entry.hlc,
  };
}

/**
 * The first entries that fit one push: at most `maxMutations`, and at most
 * `maxBytes` of JSON. One entry always goes, even alone too large, so the
 * server can answer for it ('too-large') instead of the outbox stalling silently.
 */
export function takeBatch(entries: readonly OutboxEntry[], maxMutations = MAX_BATCH_MUTATIONS, maxBytes = MAX_BATCH_BYTES): Mutation[] {
  const batch: Mutation[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const entry of entries) {
    if (batch.length >= maxMutations) break;
    const mutation = toMutation(entry);
    const size = encoder.encode(JSON.stringify(mutation)).length + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(mutation);
    bytes += size;
  }
  return batch;
}

export interface PushContext {
  db: FemtrinnDb;
  api: ApiClient;
  token: string;
  deviceId: string;
  /** Called after each batch the server answered, with how many entries left the outbox. */
  onBatch?: (confirmed: number) => void;
}

/**
 * Sends the whole outbox, batch by batch, oldest first. An entry leaves the
 * outbox only after the server answered for it ('applied' or 'duplicate');
 * its stamps then move into the record's synced field clocks, in the same
 * transaction. A failure throws and leaves every unanswered entry waiting,
 * so a retry sends the same mutation numbers and the server applies each once.
 */
export async function pushOutbox({ db, api, token, deviceId, onBatch }: PushContext): Promise<number> {
  let confirmedTotal = 0;
  for (;;) {
    const entries = await db.outbox.orderBy('seq').limit(MAX_BATCH_MUTATIONS).toArray();
    if (entries.length === 0) return confirmedTotal;
    const mutations = takeBatch(entries);
    const response = await api.push(token, { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, deviceId, mutations });
    const answered = new Set(response.results.map((result) => result.mutationNumber));
    const confirmed = entries.filter((entry) => answered.has(entry.seq!));
    if (confirmed.length === 0) throw new ApiError('server', 200, 'The server answered for none of the batch');
    await confirmEntries(db, confirmed);
    confirmedTotal += confirmed.length;
    onBatch?.(confirmed.length);
  }
}

/** Moves confirmed entries' stamps into the synced field clocks and removes the entries, in one transaction. */
export async function confirmEntries(db: FemtrinnDb, entries: readonly OutboxEntry[]): Promise<void> {
  await db.transaction('rw', [db.outbox, db.fieldClocks], async () => {
    const keys = [
      ...new Map(
        entries.map((entry) => [`${entry.table}\u0000${entry.recordId}`, [entry.table, entry.recordId] as [string, string]]),
      ).values(),
    ];
    const rows = await db.fieldClocks.bulkGet(keys);
    const byKey = new Map<string, FieldClocks>();
    keys.forEach(([table, id], index) => byKey.set(`${table}\u0000${id}`, rows[index] ?? { table, id, clocks: {} }));
    for (const entry of entries) {
      const row = byKey.get(`${entry.table}\u0000${entry.recordId}`)!;
      foldStamps(row.clocks, entry.fields, entry.hlc, row.stamp);
    }
    await db.fieldClocks.bulkPut([...byKey.values()]);
    await db.outbox.bulkDelete(entries.map((entry) => entry.seq!));
  });
}

/** Each field's clock becomes the later of the two stamps (`fallback`: a row's shared stamp, for fields it does not name). */
export function foldStamps(clocks: Record<string, string>, fields: Record<string, unknown>, hlc: string, fallback?: string): void {
  for (const field of Object.keys(fields)) {
    const seen = clocks[field] ?? fallback;
    if (seen === undefined || compareHlc(hlc, seen) > 0) clocks[field] = hlc;
  }
}
