import type { Hlc } from '../../domain/hlc.ts';
import type { Mutation, MutationStatus, SyncTable } from '../../protocol/protocol.ts';
import type { Database, Queryable } from '../db/database.ts';
import { failure, type Failure } from '../http/respond.ts';
import { planPush, recordKey, type AppliedMutation, type PushPlan, type StoredRecord } from '../sync/planPush.ts';
import { writeAudit } from './audit.ts';

export interface PushInput {
  userId: string;
  deviceId: string;
  /** The pusher's teams. */
  teamIds: readonly string[];
  mutations: readonly Mutation[];
  now: Date;
}

export type PushOutcome =
  | {
      ok: true;
      results: Array<{ mutationNumber: number; status: MutationStatus }>;
      /** Each of the pusher's teams' last change number after the push. */
      cursors: Record<string, number>;
      /** The teams whose records this push changed or recorded. */
      touchedTeams: string[];
    }
  | { ok: false; failure: Failure };

/** Thrown inside the transaction to roll it back with an answer for the client. */
class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * Applies a batch atomically: one transaction, and either every mutation is
 * recorded (or found recorded before) or nothing is.
 *
 * Change numbers come from a counter row per team, locked with SELECT … FOR
 * UPDATE and raised in this transaction. A plain sequence is not enough: two
 * pushes could take 7 and 8 from it, the one with 8 commit first, a device pull
 * "after 6" and get 8, and then 7 commit — behind that device's cursor, never
 * to be pulled. With the row lock a push cannot take a number until the push
 * before it in the same team has committed, so numbers become visible in
 * order, with no gaps. Every push locks all the pusher's teams, in id order
 * (no deadlocks); that also serialises writes to each record, since a
 * record's team never changes.
 */
export async function applyPush(db: Database, input: PushInput): Promise<PushOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const lastSeq = await lockCounters(tx, input.teamIds);
      const applied = await findApplied(tx, input);
      const fresh = input.mutations.filter((m) => !applied.has(m.mutationNumber));
      const stored = await findRecords(tx, fresh);
      const planned = planPush({ mutations: input.mutations, memberTeams: new Set(input.teamIds), lastSeq, applied, stored });
      if (!planned.ok) throw new Refused(planned.failure);
      await write(tx, planned.plan, input);
      const { results, lastSeq: after, applied: rows } = planned.plan;
      return { ok: true as const, results, cursors: Object.fromEntries(after), touchedTeams: [...new Set(rows.map((a) => a.team_id))] };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, failure: error.failure };
    throw error;
  }
}

async function lockCounters(tx: Queryable, teamIds: readonly string[]): Promise<Map<string, number>> {
  const lastSeq = new Map<string, number>();
  for (const teamId of [...teamIds].sort()) {
    const rows = await tx.query<{ last_seq: number }>('SELECT last_seq FROM team_counters WHERE team_id = $1 FOR UPDATE', [teamId]);
    lastSeq.set(teamId, rows[0]?.last_seq ?? 0);
  }
  return lastSeq;
}

async function findApplied(tx: Queryable, input: PushInput): Promise<Map<number, AppliedMutation>> {
  if (input.mutations.length === 0) return new Map();
  const rows = await tx.query<{ mutation_number: number; table_name: string; record_id: string; hlc: Hlc }>(
    `SELECT mutation_number, table_name, record_id, hlc FROM applied_mutations
      WHERE user_id = $1 AND device_id = $2
        AND mutation_number IN (SELECT value::bigint FROM jsonb_array_elements_text($3::jsonb))`,
    [input.userId, input.deviceId, JSON.stringify(input.mutations.map((m) => m.mutationNumber))],
  );
  return new Map(rows.map((row) => [row.mutation_number, { table: row.table_name, recordId: row.record_id, hlc: row.hlc }]));
}

async function findRecords(tx: Queryable, mutations: readonly Mutation[]): Promise<Map<string, StoredRecord>> {
  if (mutations.length === 0) return new Map();
  const keys = [...new Map(mutations.map((m) => [recordKey(m.table, m.recordId), { t: m.table, i: m.recordId }])).values()];
  const rows = await tx.query<{
    table_name: SyncTable;
    id: string;
    team_id: string;
    field_values: Record<string, unknown>;
    field_clocks: Record<string, Hlc>;
  }>(
    `SELECT r.table_name, r.id, r.team_id, r.field_values, r.field_clocks
       FROM records r JOIN jsonb_to_recordset($1::jsonb) AS k(t text, i text) ON r.table_name = k.t AND r.id = k.i`,
    [JSON.stringify(keys)],
  );
  return new Map(
    rows.map((row) => [
      recordKey(row.table_name, row.id),
      { table: row.table_name, id: row.id, teamId: row.team_id, values: row.field_values, clocks: row.field_clocks },
    ]),
  );
}

/** One statement per table, whatever the batch's size. */
async function write(tx: Queryable, plan: PushPlan, input: PushInput): Promise<void> {
  const at = input.now.toISOString();
  if (plan.records.length > 0) {
    const rows = plan.records.map((r) => ({
      table_name: r.table,
      id: r.id,
      team_id: r.teamId,
      field_values: r.values,
      field_clocks: r.clocks,
      deleted: r.values.deleted === true,
    }));
    // The WHERE keeps a record in its team even if another push created the
    // same id for another team a moment ago: then fewer rows come back.
    const written = await tx.query(
      `INSERT INTO records (table_name, id, team_id, field_values, field_clocks, deleted, created_at, updated_at)
       SELECT r.table_name, r.id, r.team_id, r.field_values, r.field_clocks, r.deleted, $2, $2
         FROM jsonb_to_recordset($1::jsonb)
           AS r(table_name text, id text, team_id text, field_values jsonb, field_clocks jsonb, deleted boolean)
       ON CONFLICT (table_name, id) DO UPDATE
          SET field_values = EXCLUDED.field_values, field_clocks = EXCLUDED.field_clocks,
              deleted = EXCLUDED.deleted, updated_at = EXCLUDED.updated_at
        WHERE records.team_id = EXCLUDED.team_id
       RETURNING id`,
      [JSON.stringify(rows), at],
    );
    if (written.length !== rows.length) {
      throw new Refused(failure(403, 'forbidden-team', 'En post i sendingen tilhører et annet team.'));
    }
  }
  if (plan.changes.length > 0) {
    await tx.query(
      `INSERT INTO changes (team_id, seq, table_name, record_id, op, fields, hlc, device_id, user_id, at)
       SELECT c.team_id, c.seq, c.table_name, c.record_id, c.op, c.fields, c.hlc, $2, $3, $4
         FROM jsonb_to_recordset($1::jsonb)
           AS c(team_id text, seq bigint, table_name text, record_id text, op text, fields jsonb, hlc text)`,
      [JSON.stringify(plan.changes), input.deviceId, input.userId, at],
    );
    await tx.query(
      `UPDATE team_counters t SET last_seq = c.last_seq
         FROM jsonb_to_recordset($1::jsonb) AS c(team_id text, last_seq bigint)
        WHERE t.team_id = c.team_id`,
      [JSON.stringify([...plan.lastSeq].map(([team_id, last_seq]) => ({ team_id, last_seq })))],
    );
  }
  if (plan.history.length > 0) {
    await tx.query(
      `INSERT INTO field_history (team_id, table_name, record_id, field, kind, value, value_hlc, winner_hlc, user_id, device_id, at)
       SELECT h.team_id, h.table_name, h.record_id, h.field, h.kind, h.value, h.value_hlc, h.winner_hlc, $2, $3, $4
         FROM jsonb_to_recordset($1::jsonb)
           AS h(team_id text, table_name text, record_id text, field text, kind text, value jsonb, value_hlc text, winner_hlc text)`,
      [JSON.stringify(plan.history), input.userId, input.deviceId, at],
    );
  }
  if (plan.applied.length > 0) {
    await tx.query(
      `INSERT INTO applied_mutations (user_id, device_id, mutation_number, table_name, record_id, hlc, team_id, seq, applied_at)
       SELECT $2, $3, a.mutation_number, a.table_name, a.record_id, a.hlc, a.team_id, a.seq, $4
         FROM jsonb_to_recordset($1::jsonb)
           AS a(mutation_number bigint, table_name text, record_id text, hlc text, team_id text, seq bigint)`,
      [JSON.stringify(plan.applied), input.userId, input.deviceId, at],
    );
  }
  await writeAudit(
    tx,
    {
      action: 'push',
      userId: input.userId,
      deviceId: input.deviceId,
      detail: {
        applied: plan.applied.length,
        duplicates: plan.results.length - plan.applied.length,
        records: [...new Set(plan.applied.map((a) => `${a.table_name}/${a.record_id}`))],
      },
    },
    input.now,
  );
}
