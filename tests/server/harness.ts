// A small world for API tests: the real app over a test database, a clock
// the test moves, teams and users made straight in the store, and helpers
// that speak the protocol as the app does.
import { tmpdir } from 'node:os';
import { formatHlc } from '../../src/domain/hlc.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import type { Database } from '../../src/server/db/database.ts';
import { addMember, createTeam, createUser } from '../../src/server/store/accounts.ts';
import {
  HEADER_PROTOCOL,
  HEADER_SCHEMA,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type Mutation,
  type Role,
  type SyncTable,
} from '../../src/protocol/protocol.ts';

export const START = new Date('2026-11-23T09:00:00.000Z');
/** Cheap scrypt for test users: the real cost is for real passwords. */
const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export const versionHeaders = { [HEADER_PROTOCOL]: String(PROTOCOL_VERSION), [HEADER_SCHEMA]: String(SCHEMA_VERSION) };

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

export function makeWorld(db: Database) {
  const clock = { now: new Date(START) };
  const now = () => new Date(clock.now);
  const app = createApp({ distDir: tmpdir(), db, now, trustProxy: true });

  async function team(name: string) {
    return createTeam(db, name, now());
  }

  async function user(username: string, teamIds: string[], role: Role = 'specialist'): Promise<TestUser> {
    const password = `passord-for-${username}`;
    const id = await createUser(
      db,
      { username, name: `${username} (fiktiv)`, role, passwordHash: await hashPassword(password, TEST_SCRYPT) },
      now(),
    );
    for (const teamId of teamIds) await addMember(db, teamId, id, now());
    return { id, username, password };
  }

  function request(method: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...versionHeaders, ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) };
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    }
    return app.request(path, { method, headers: { ...headers, ...init.headers }, body });
  }

  async function login(who: TestUser, deviceId = `${who.username}-phone`, ip = '10.0.0.1'): Promise<Device> {
    const res = await request('POST', '/api/login', {
      body: { username: who.username, password: who.password, deviceId },
      headers: { 'x-forwarded-for': ip },
    });
    if (res.status !== 200) throw new Error(`login ${who.username}: ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    return new Device(deviceId, token, request, now);
  }

  return { clock, now, app, team, user, login, request };
}

export type Request = ReturnType<typeof makeWorld>['request'];

/** One logged-in device: numbers its mutations and stamps them with its clock. */
export class Device {
  private number = 0;
  private counter = 0;
  /** How far this device's clock is off the server's (ms). */
  skewMs = 0;

  constructor(
    readonly id: string,
    readonly token: string,
    private readonly send: Request,
    private readonly now: () => Date,
  ) {}

  stamp(offsetMs = 0): string {
    return formatHlc({ wall: this.now().getTime() + this.skewMs + offsetMs, counter: this.counter++ }, this.id);
  }

  mutation(
    table: SyncTable,
    recordId: string,
    fields: Record<string, unknown>,
    options: { op?: 'put' | 'delete'; hlc?: string } = {},
  ): Mutation {
    return { mutationNumber: ++this.number, table, recordId, op: options.op ?? 'put', fields, hlc: options.hlc ?? this.stamp() };
  }

  push(mutations: Mutation[]) {
    return this.send('POST', '/api/sync/push', {
      token: this.token,
      body: { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, deviceId: this.id, mutations },
    });
  }

  pull(query = '') {
    return this.send('GET', `/api/sync/pull${query}`, { token: this.token });
  }
}
