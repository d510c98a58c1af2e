// A minimal in-memory server speaking src/protocol/protocol.ts, to develop the
// client before the real server exists and to test the client alone. The
// integration and property tests run against the real server app.
import { EMPTY_STATE, mergeFields, type MergeState } from '../../src/protocol/mergeFields';
import {
  EVENT_TABLES,
  MAX_CLOCK_SKEW_MS,
  SYNC_TABLES,
  type Change,
  type ErrorCode,
  type LoginRequest,
  type Me,
  type PushRequest,
} from '../../src/protocol/protocol';
import { parseHlc } from '../../src/domain/hlc';

interface User {
  id: string;
  username: string;
  password: string;
  name: string;
  teamId: string;
}

export function createFakeServer(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const users: User[] = [];
  const sessions = new Map<string, string>();
  const records = new Map<string, { teamId: string; state: MergeState }>();
  const feeds = new Map<string, Change[]>();
  const applied = new Map<string, number>();
  let tokens = 0;

  const json = (status: number, body: object) =>
    new Response(JSON.stringify({ serverTime: now().toISOString(), ...body }), { status, headers: { 'Content-Type': 'application/json' } });
  const error = (status: number, code: ErrorCode, message = code) => json(status, { error: { code, message } });

  function me(user: User): Me {
    return {
      user: { id: user.id, username: user.username, name: user.name, role: 'specialist' },
      teams: [{ id: user.teamId, name: `Team ${user.teamId}` }],
      members: users
        .filter((other) => other.teamId === user.teamId)
        .map((other) => ({ id: other.id, name: other.name, teamId: other.teamId })),
    };
  }

  function push(user: User, body: PushRequest): Response {
    if (!Array.isArray(body.mutations)) return error(400, 'invalid-body');
    const batchTeams = new Map<string, string>();
    for (const mutation of body.mutations) {
      if (!(SYNC_TABLES as readonly string[]).includes(mutation.table)) return error(400, 'unknown-table');
      if (parseHlc(mutation.hlc).wall > now().getTime() + MAX_CLOCK_SKEW_MS) return error(400, 'clock-skew');
      const key = `${mutation.table}/${mutation.recordId}`;
      const teamId = records.get(key)?.teamId ?? batchTeams.get(key) ?? (mutation.fields.teamId as string | undefined);
      if (teamId !== user.teamId) return error(403, 'forbidden-team');
      batchTeams.set(key, teamId);
    }
    const results = body.mutations.map((mutation) => {
      const key = `${body.deviceId}/${mutation.mutationNumber}`;
      if (applied.has(key)) return { mutationNumber: mutation.mutationNumber, status: 'duplicate' as const };
      const recordKey = `${mutation.table}/${mutation.recordId}`;
      const record = records.get(recordKey) ?? { teamId: user.teamId, state: EMPTY_STATE };
      const isEvent = EVENT_TABLES.includes(mutation.table);
      const fields = isEvent && records.has(recordKey) ? pick(mutation.fields, ['deleted']) : mutation.fields;
      const merged = mergeFields(record.state, fields, mutation.hlc);
      records.set(recordKey, { teamId: record.teamId, state: { values: merged.values, clocks: merged.clocks } });
      const feed = feeds.get(record.teamId) ?? [];
      feed.push({
        seq: feed.length + 1,
        table: mutation.table,
        recordId: mutation.recordId,
        teamId: record.teamId,
        op: mutation.op,
        fields,
        hlc: mutation.hlc,
        deviceId: body.deviceId,
      });
      feeds.set(record.teamId, feed);
      applied.set(key, feed.length);
      return { mutationNumber: mutation.mutationNumber, status: 'applied' as const };
    });
    return json(200, { results, cursor: feeds.get(user.teamId)?.length ?? 0 });
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/health') return json(200, { ok: true, accounts: true });
    if (url.pathname === '/api/login') {
      const body = (await request.json()) as LoginRequest;
      const user = users.find((candidate) => candidate.username === body.username && candidate.password === body.password);
      if (!user) return error(401, 'invalid-credentials');
      const token = `token-${++tokens}`;
      sessions.set(token, user.id);
      return json(200, { ...me(user), token, expiresAt: new Date(now().getTime() + 86_400_000).toISOString() });
    }
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const user = users.find((candidate) => candidate.id === sessions.get(token));
    if (!user) return error(401, 'unauthorized');
    if (url.pathname === '/api/logout') return (sessions.delete(token), json(200, { ok: true }));
    if (url.pathname === '/api/me') return json(200, me(user));
    if (url.pathname === '/api/sync/push') return push(user, (await request.json()) as PushRequest);
    if (url.pathname === '/api/sync/pull') {
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 1000);
      const feed = feeds.get(user.teamId) ?? [];
      const changes = feed.slice(cursor, cursor + limit);
      return json(200, { changes, cursor: changes.at(-1)?.seq ?? cursor, hasMore: cursor + changes.length < feed.length });
    }
    return error(404, 'not-found');
  }

  return {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init)),
    addUser(user: Omit<User, 'id'> & { id?: string }): User {
      const full = { id: user.id ?? `user-${users.length + 1}`, ...user };
      users.push(full);
      return full;
    },
    expireSessions: () => sessions.clear(),
    /** The server's records of a team: values by table and id. */
    teamRecords(teamId: string): Map<string, Record<string, unknown>> {
      const out = new Map<string, Record<string, unknown>>();
      for (const [key, record] of records) if (record.teamId === teamId) out.set(key, record.state.values);
      return out;
    },
  };
}

function pick(fields: Record<string, unknown>, keep: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => keep.includes(key)));
}

export type FakeServer = ReturnType<typeof createFakeServer>;
