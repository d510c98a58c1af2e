// A simulated device for sync tests: its own IndexedDB database (fake-indexeddb),
// its own skewed clock, its own engine, and a network shim between it and the
// server that can be cut, drop requests, lose responses, or send a push twice.
import { FemtrinnDb, type SyncedTable } from '../../src/data/db';
import { deleteRecords, writeRecord } from '../../src/data/recordWriter';
import type { RecordMeta } from '../../src/domain/record';
import { newId } from '../../src/domain/ids';
import { createApiClient } from '../../src/sync/apiClient';
import { logIn } from '../../src/sync/session';
import { createSyncEngine, type SyncOutcome } from '../../src/sync/syncEngine';
import { createSyncStatusStore } from '../../src/sync/syncStatus';

export type Fault = 'drop' | 'lose' | 'duplicate';

export type ServerFetch = (request: Request) => Promise<Response>;

/** Between one device and the server: an off switch, faults for the next requests, and a copy of every push sent. */
export class NetworkShim {
  online = true;
  private faults: Fault[] = [];
  /** Push requests as sent, so a test can deliver one again later (a late Background Sync replay). */
  readonly sentPushes: Array<{ url: string; body: string; headers: [string, string][] }> = [];

  /** Runs once when the next pull's answer has arrived, before the device sees it (the user typing while a sync runs). */
  beforePullAnswer: (() => Promise<void>) | undefined;

  constructor(private readonly server: ServerFetch) {}

  /** The next requests (one fault each) misbehave. */
  inject(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  clearFaults(): void {
    this.faults = [];
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (!this.online) throw new TypeError('Failed to fetch (offline)');
    const request = new Request(input, init);
    const body = request.method === 'GET' ? undefined : await request.clone().text();
    if (body !== undefined && new URL(request.url).pathname === '/api/sync/push') {
      this.sentPushes.push({ url: request.url, body, headers: [...request.headers.entries()] });
    }
    const fault = this.faults.shift();
    if (fault === 'drop') throw new TypeError('Failed to fetch (request dropped)');
    const copy = () => new Request(request.url, { method: request.method, headers: request.headers, body });
    if (fault === 'duplicate') await this.server(copy());
    const response = await this.server(copy());
    if (fault === 'lose') {
      await response.arrayBuffer();
      throw new TypeError('Failed to fetch (response lost)');
    }
    const hook = this.beforePullAnswer;
    if (hook && new URL(request.url).pathname === '/api/sync/pull') {
      this.beforePullAnswer = undefined;
      await hook();
    }
    return response;
  };

  /** Delivers an earlier push once more, as a queued replay would; its answer goes nowhere. */
  async replay(index: number): Promise<void> {
    const sent = this.sentPushes[index];
    if (!sent) return;
    const response = await this.server(new Request(sent.url, { method: 'POST', headers: sent.headers, body: sent.body }));
    await response.arrayBuffer();
  }
}

export interface SimDeviceOptions {
  name: string;
  server: ServerFetch;
  /** The shared simulated time (ms). */
  clock: () => number;
  /** How far this device's clock is off (ms). */
  skewMs?: number;
  pageSize?: number;
}

export function createSimDevice({ name, server, clock, skewMs = 0, pageSize }: SimDeviceOptions) {
  const db = new FemtrinnDb(`sim-${name}-${newId()}`);
  const network = new NetworkShim(server);
  const now = () => new Date(clock() + skewMs);
  const status = createSyncStatusStore();
  let engine: ReturnType<typeof createSyncEngine> | undefined;
  const api = createApiClient({
    baseUrl: 'http://femtrinn.test',
    fetch: network.fetch,
    now: () => now().getTime(),
    onClockOffset: (offset) => engine?.clockOffset(offset),
  });
  engine = createSyncEngine({ db, api, status, now, pageSize });
  const syncEngine = engine;

  return {
    name,
    db,
    network,
    status,
    api,
    now,
    login: (username: string, password: string) => logIn(db, api, username, password),
    sync: (): Promise<SyncOutcome> => syncEngine.sync(),
    write<T extends RecordMeta>(table: SyncedTable, build: (meta: RecordMeta, existing: T | undefined) => T, id?: string): Promise<T> {
      return writeRecord<T>(table, build, { id, now: now(), db });
    },
    remove: (table: SyncedTable, ids: string[]) => deleteRecords(table, ids, now(), db),
    async close(): Promise<void> {
      db.close();
      await db.delete();
    },
  };
}

export type SimDevice = ReturnType<typeof createSimDevice>;

/** Every synced record on a device, as `table/id` → record without `updatedAt` (a device-local summary stamp). */
export async function deviceRecords(db: FemtrinnDb, tables: readonly SyncedTable[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const table of tables) {
    for (const record of await db.table<Record<string, unknown>, string>(table).toArray()) {
      const { updatedAt: _updatedAt, ...rest } = record;
      out.set(`${table}/${record.id as string}`, rest);
    }
  }
  return out;
}
