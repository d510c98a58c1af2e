import type { Hlc } from '../../domain/hlc.ts';
import { mergeFields } from '../../protocol/mergeFields.ts';
import { EVENT_TABLES, type Mutation, type MutationStatus, type SyncTable } from '../../protocol/protocol.ts';
import { failure, type Failure } from '../http/respond.ts';

/**
 * Decides what a push does, before anything is written: the pure part of
 * applying a batch. Each mutation is checked against what the server holds
 * (and against the batch's earlier mutations), merged with `mergeFields`, and
 * turned into rows to write. One refused mutation refuses the whole batch.
 */

export interface StoredRecord {
  table: SyncTable;
  id: string;
  teamId: string;
  values: Record<string, unknown>;
  clocks: Record<string, Hlc>;
}

/** What an earlier push recorded under a mutation number. */
export interface AppliedMutation {
  table: string;
  recordId: string;
  hlc: Hlc;
}

export interface PushInput {
  mutations: readonly Mutation[];
  /** Teams the pusher belongs to. */
  memberTeams: ReadonlySet<string>;
  /** Each of those teams' last change number, before this push. */
  lastSeq: ReadonlyMap<string, number>;
  /** This device's mutation numbers in the batch that were applied before. */
  applied: ReadonlyMap<number, AppliedMutation>;
  /** The records the batch touches, as stored; keyed by recordKey. */
  stored: ReadonlyMap<string, StoredRecord>;
}

export interface PlannedChange {
  team_id: string;
  seq: number;
  table_name: string;
  record_id: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: Hlc;
}

export interface PlannedHistory {
  team_id: string;
  table_name: string;
  record_id: string;
  field: string;
  kind: 'overwritten' | 'lost';
  value: unknown;
  value_hlc: Hlc;
  winner_hlc: Hlc;
}

export interface PlannedApplied {
  mutation_number: number;
  table_name: string;
  record_id: string;
  hlc: Hlc;
  team_id: string;
  seq: number | null;
}

export interface PushPlan {
  results: Array<{ mutationNumber: number; status: MutationStatus }>;
  /** The final state of each record the batch changed. */
  records: StoredRecord[];
  changes: PlannedChange[];
  history: PlannedHistory[];
  applied: PlannedApplied[];
  /** Every member team's last change number after this push. */
  lastSeq: Map<string, number>;
}

export function recordKey(table: string, id: string): string {
  return `${table}\u0000${id}`;
}

export function planPush(input: PushInput): { ok: true; plan: PushPlan } | { ok: false; failure: Failure } {
  const records = new Map(input.stored);
  const changed = new Set<string>();
  const lastSeq = new Map(input.lastSeq);
  const plan: PushPlan = { results: [], records: [], changes: [], history: [], applied: [], lastSeq };

  for (const mutation of input.mutations) {
    const { mutationNumber, table, recordId, hlc } = mutation;
    const before = input.applied.get(mutationNumber);
    if (before) {
      // [SYNC-IDEMPOTENT] A retry of a mutation the server has: nothing changes.
      if (before.table !== table || before.recordId !== recordId || before.hlc !== hlc) {
        return refuse(
          409,
          'invalid-body',
          `Endring nr. ${mutationNumber} fra denne enheten er allerede brukt til en annen endring. ` +
            'Enheten må få en ny enhets-id før den kan sende flere endringer.',
        );
      }
      plan.results.push({ mutationNumber, status: 'duplicate' });
      continue;
    }

    const key = recordKey(table, recordId);
    const current = records.get(key);
    const claimedTeam = typeof mutation.fields.teamId === 'string' ? mutation.fields.teamId : undefined;
    const teamId = current?.teamId ?? claimedTeam;
    if (teamId === undefined) {
      return refuse(400, 'invalid-body', `Endring nr. ${mutationNumber}: en ny post må ha teamId.`);
    }
    // [SYNC-TEAM] Only records of the pusher's own teams, and a record never moves to another team.
    if (!input.memberTeams.has(teamId) || (claimedTeam !== undefined && claimedTeam !== teamId)) {
      return refuse(403, 'forbidden-team', `Endring nr. ${mutationNumber} gjelder et team du ikke er medlem av.`);
    }
    // [SYNC-EVENT] Event records are written once; afterwards only a delete (or the same write again) is accepted.
    if (current && (EVENT_TABLES as readonly string[]).includes(table) && !isDeleteOrReplay(mutation, current)) {
      return refuse(
        400,
        'event-immutable',
        `Endring nr. ${mutationNumber}: ${table} kan ikke endres etter at de er lagret. Lag en ny versjon i stedet.`,
      );
    }

    const merged = mergeFields(current ?? { values: {}, clocks: {} }, mutation.fields, hlc);
    records.set(key, { table, id: recordId, teamId, values: merged.values, clocks: merged.clocks });
    let seq: number | null = null;
    if (merged.won.length > 0) {
      changed.add(key);
      seq = (lastSeq.get(teamId) ?? 0) + 1;
      lastSeq.set(teamId, seq);
      // The feed carries the fields that won: a device merging the changes in
      // order ends with exactly the server's record.
      const fields = Object.fromEntries(merged.won.map((field) => [field, merged.values[field]]));
      plan.changes.push({ team_id: teamId, seq, table_name: table, record_id: recordId, op: mutation.op, fields, hlc });
    }
    // [SYNC-HISTORY] Nothing typed is lost: overwritten values, and incoming values that lost, go to history.
    for (const old of merged.overwritten) {
      plan.history.push({
        ...historyBase(teamId, table, recordId),
        field: old.field,
        kind: 'overwritten',
        value: old.value,
        value_hlc: old.hlc,
        winner_hlc: hlc,
      });
    }
    for (const lost of merged.lost) {
      plan.history.push({
        ...historyBase(teamId, table, recordId),
        field: lost.field,
        kind: 'lost',
        value: lost.value,
        value_hlc: lost.hlc,
        winner_hlc: merged.clocks[lost.field] ?? '',
      });
    }
    plan.applied.push({ mutation_number: mutationNumber, table_name: table, record_id: recordId, hlc, team_id: teamId, seq });
    plan.results.push({ mutationNumber, status: 'applied' });
  }

  plan.records = [...changed].map((key) => records.get(key)!);
  return { ok: true, plan };
}

function isDeleteOrReplay(mutation: Mutation, current: StoredRecord): boolean {
  const fields = Object.keys(mutation.fields);
  if (mutation.op === 'delete' || fields.every((field) => field === 'deleted')) return true;
  return fields.every((field) => current.clocks[field] === mutation.hlc);
}

function historyBase(teamId: string, table: string, recordId: string) {
  return { team_id: teamId, table_name: table, record_id: recordId };
}

function refuse(status: Failure['status'], code: Failure['code'], message: string) {
  return { ok: false as const, failure: failure(status, code, message) };
}
