import { database, type FemtrinnDb } from '../data/db';
import { readSession, readSyncState } from '../data/syncMeta';
import { createApiClient, type ApiClient, type ApiClientOptions } from './apiClient';
import { browserScheduleEnv } from './browserEnv';
import { logIn, logOut, type LoginOutcome } from './session';
import { createSyncEngine, type SyncEngine } from './syncEngine';
import { createSyncSchedule, type SyncSchedule } from './syncSchedule';
import { appStatus } from './appStatus';
import { INITIAL_STATUS } from './syncStatus';

export type { LoginOutcome };

let clientOptions: ApiClientOptions = {};
let current: { db: FemtrinnDb; api: ApiClient; engine: SyncEngine; schedule: SyncSchedule } | null = null;
const status = appStatus.sync;
const server = appStatus.server;

/** The engine for the app's current database (tests swap the database per test). */
function wired() {
  const db = database();
  if (current?.db === db) return current;
  current?.schedule.stop();
  let engine: SyncEngine | undefined;
  const api = createApiClient({ ...clientOptions, onClockOffset: (offset) => engine?.clockOffset(offset) });
  engine = createSyncEngine({ db, api, status });
  const schedule = createSyncSchedule(
    engine.sync,
    browserScheduleEnv(db, (pending) => status.set({ pending })),
  );
  current = { db, api, engine, schedule };
  return current;
}

/**
 * The app's one sync: started once from main.tsx, read by the status line,
 * asked to log in and out by the screens. Nothing here blocks the UI: every
 * call returns a promise the caller may ignore.
 */
export const appSync = {
  status,
  server,

  /** Tests point the client at a fake server. */
  configure(options: ApiClientOptions): void {
    clientOptions = options;
    current?.schedule.stop();
    current = null;
  },

  async start(): Promise<void> {
    const { db, api, schedule } = wired();
    const [session, state] = await Promise.all([readSession(db), readSyncState(db)]);
    status.set({ lastSyncedAt: state.lastSyncedAt, pending: await db.outbox.count() });
    if (session?.expired) status.set({ phase: 'error', reason: 'unauthorized' });
    else if (typeof navigator !== 'undefined' && !navigator.onLine) status.set({ phase: 'offline', reason: 'network' });
    schedule.start();
    if (!session) {
      try {
        server.set({ accounts: (await api.health()).accounts });
      } catch {
        // No server answered: the app works on this device alone for now.
      }
    }
  },

  syncNow: (): Promise<void> => wired().schedule.syncNow(),

  async login(username: string, password: string): Promise<LoginOutcome> {
    const { db, api, schedule } = wired();
    const outcome = await logIn(db, api, username, password);
    if (!outcome.ok) return outcome;
    server.set({ accounts: true });
    schedule.start();
    void schedule.syncNow();
    return outcome;
  },

  /** Ends the session on the server (when reachable) and removes every record from this device. */
  async logout(): Promise<void> {
    const { db, api, schedule } = wired();
    schedule.stop();
    await logOut(db, api);
    current = null;
    status.set({ ...INITIAL_STATUS, reason: undefined, progress: undefined });
    server.set({ accounts: true });
    wired().schedule.start();
  },
};
