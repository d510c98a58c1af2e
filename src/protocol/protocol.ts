/**
 * The sync protocol between a device and the team's server: the wire types,
 * shared by both sides. It imports nothing from dexie, react or hono, and
 * carries its own version so that either side can tell an incompatible peer.
 *
 * Push: POST /api/sync/push  PushRequest  → PushResponse
 * Pull: GET  /api/sync/pull?cursor=N&limit=M → PullResponse
 * Every response (also errors) carries `serverTime` (ISO) so a device can
 * keep the offset between its clock and the server's.
 */
import type { Hlc } from '../domain/hlc';
import type { SyncedTable as SyncTable } from '../domain/syncedTables';

/** Bumped when a message changes shape; the server answers 'upgrade-required' to older clients. */
export const PROTOCOL_VERSION = 1;
/** The oldest client protocol the server still serves. */
export const MIN_PROTOCOL_VERSION = 1;
/** The record schema version this build writes (the Dexie schema version). */
export const SCHEMA_VERSION = 4;

/** A push is at most this many mutations and this many bytes of JSON. */
export const MAX_BATCH_MUTATIONS = 500;
export const MAX_BATCH_BYTES = 1_000_000;
/** Changes stamped further ahead of the server's clock than this are refused ('clock-skew'). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** A pull page holds at most this many changes. */
export const MAX_PULL_LIMIT = 5000;

/** Tables whose records are synced (one list, in the domain). Unknown tables are refused with 'unknown-table'. */
export { SYNCED_TABLES as SYNC_TABLES, EVENT_TABLES } from '../domain/syncedTables';
export type { SyncedTable as SyncTable } from '../domain/syncedTables';

/**
 * One local change. `mutationNumber` counts up per device (the outbox
 * sequence), so (deviceId, mutationNumber) names it uniquely and the server
 * applies it at most once. `fields` holds the changed fields with their new
 * values; every field of it carries the clock stamp `hlc`. A new record's
 * first mutation includes `teamId`.
 */
export interface Mutation {
  mutationNumber: number;
  table: SyncTable;
  recordId: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: Hlc;
}

export interface PushRequest {
  protocolVersion: number;
  schemaVersion: number;
  deviceId: string;
  mutations: Mutation[];
}

export type MutationStatus =
  /** Recorded now (fields older than what the server has lost to it, and are kept in history). */
  | 'applied'
  /** Recorded by an earlier push of the same mutation (a retry after a lost response). */
  | 'duplicate';

export interface PushResponse {
  serverTime: string;
  results: Array<{ mutationNumber: number; status: MutationStatus }>;
  /** The team change number after this push; a device may pull up to it. */
  cursor: number;
  /**
   * Every team of the user: its change number after this push (server side,
   * see PROTOCOL.md). `cursor` is the one of the team the batch wrote to.
   */
  cursors?: Record<string, number>;
}

/**
 * One entry in a team's change feed: an applied mutation, numbered gap-free
 * per team (`seq`). A device pulls the changes after its cursor.
 */
export interface Change {
  seq: number;
  table: SyncTable;
  recordId: string;
  teamId: string;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  hlc: Hlc;
  /** Which device made it: a device skips nothing, but may recognise its own. */
  deviceId: string;
}

export interface PullResponse {
  serverTime: string;
  changes: Change[];
  /** The cursor to send next time: the seq of the last change returned (or the one sent, if none). */
  cursor: number;
  hasMore: boolean;
}

/** Expected failures, as stable reason codes; the app turns each into nb/en text in one place. */
export const ERROR_CODES = [
  'invalid-body',
  'unknown-table',
  'too-large',
  'unauthorized',
  'forbidden-team',
  'clock-skew',
  'upgrade-required',
  'invalid-credentials',
  'rate-limited',
  'not-found',
  'event-immutable',
  /** The user's role may not do this (a supervisor pushing changes). */
  'forbidden-role',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorResponse {
  serverTime: string;
  error: { code: ErrorCode; message: string };
}

export interface LoginRequest {
  username: string;
  password: string;
  /** The device's id, so a lost phone's sessions can be revoked. */
  deviceId: string;
  deviceName?: string;
}

export interface TeamInfo {
  id: string;
  name: string;
}

export type Role = 'specialist' | 'supervisor' | 'admin';

export interface Me {
  user: { id: string; username: string; name: string; role: Role };
  teams: TeamInfo[];
  /** Team members, for handing a jobseeker over to a colleague. */
  members: Array<{ id: string; name: string; teamId: string }>;
}

export interface LoginResponse extends Me {
  serverTime: string;
  /** Opaque bearer token; the server keeps only its hash. */
  token: string;
  expiresAt: string;
}

/** Request headers every API call carries besides `Authorization: Bearer <token>`. */
export const HEADER_PROTOCOL = 'x-femtrinn-protocol';
export const HEADER_SCHEMA = 'x-femtrinn-schema';
