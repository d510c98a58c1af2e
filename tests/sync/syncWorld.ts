// The world a sync property runs in: one server, a team with two users, and
// 2–4 devices with skewed clocks. Anything that speaks the protocol can be the
// server: the real app on in-memory PGlite, or the fake for client-only tests.
import type { SyncedTable } from '../../src/data/db';
import { createSimDevice, deviceRecords, type ServerFetch, type SimDevice } from './simDevice';

export interface TestTeam {
  teamId: string;
  /** Two users of the team (a specialist and a colleague). */
  users: Array<{ username: string; password: string }>;
  /** A user of another team, who must see none of it. */
  outsider: { username: string; password: string };
}

export interface TestServer {
  fetch: ServerFetch;
  /** Makes a fresh team with its users, so every run starts from nothing. */
  newTeam(): Promise<TestTeam>;
  /** The simulated time the server reads. */
  setTime(ms: number): void;
  /** The server's own copy of a team's records: values by `table/id`. */
  serverRecords(teamId: string): Promise<Map<string, Record<string, unknown>>>;
}

export const COMPARED_TABLES: readonly SyncedTable[] = ['jobseekers', 'notes'];

export interface World {
  team: TestTeam;
  devices: SimDevice[];
  time: { now: number };
  /** Another device logged in as the first user that pulls everything from the server: the server's view. */
  freshDevice(): Promise<SimDevice>;
  outsiderDevice(): Promise<SimDevice>;
  close(): Promise<void>;
}

export async function createWorld(server: TestServer, skewsMs: readonly number[], startMs: number): Promise<World> {
  const team = await server.newTeam();
  const time = { now: startMs };
  server.setTime(time.now);
  const extra: SimDevice[] = [];
  // Small pages, so pulls span several pages (and the next is fetched while one is applied).
  const make = (name: string, skewMs = 0) => createSimDevice({ name, server: server.fetch, clock: () => time.now, skewMs, pageSize: 4 });
  const devices = skewsMs.map((skewMs, index) => make(`d${index}`, skewMs));
  for (const [index, device] of devices.entries()) {
    const user = team.users[index % team.users.length]!;
    const outcome = await device.login(user.username, user.password);
    if (!outcome.ok) throw new Error(`login failed: ${outcome.code}`);
  }
  async function loggedIn(name: string, user: { username: string; password: string }): Promise<SimDevice> {
    const device = make(name);
    extra.push(device);
    const outcome = await device.login(user.username, user.password);
    if (!outcome.ok) throw new Error(`login failed: ${outcome.code}`);
    const synced = await device.sync();
    if (!synced.ok) throw new Error(`sync failed: ${synced.code}`);
    return device;
  }
  return {
    team,
    devices,
    time,
    freshDevice: () => loggedIn('fresh', team.users[0]!),
    outsiderDevice: () => loggedIn('outsider', team.outsider),
    async close() {
      await Promise.all([...devices, ...extra].map((device) => device.close()));
    },
  };
}

export async function recordsOf(device: SimDevice): Promise<Map<string, Record<string, unknown>>> {
  return deviceRecords(device.db, COMPARED_TABLES);
}
