// A team's server for component tests: the fake protocol server from the sync
// tests, wired into the app's sync, with a logged-in session on the device.
import { database } from '../../src/data/db';
import { appSync } from '../../src/sync/appSync';
import { INITIAL_STATUS } from '../../src/sync/syncStatus';
import { createFakeServer, type FakeServer } from '../sync/fakeServer';

export const KARI = { id: 'u-kari', username: 'kari', password: 'hemmelig-1', name: 'Kari Veileder', teamId: 'team-a' };
export const PER = { id: 'u-per', username: 'per', password: 'hemmelig-2', name: 'Per Kollega', teamId: 'team-a' };

/** The app's sync pointed at a fresh fake server with Kari and Per in one team. */
export function aTeamServer(): FakeServer {
  const server = createFakeServer();
  server.addUser(KARI);
  server.addUser(PER);
  appSync.configure({ baseUrl: 'http://femtrinn.test', fetch: server.fetch });
  appSync.status.set({ ...INITIAL_STATUS, reason: undefined, progress: undefined });
  appSync.server.set({ accounts: undefined });
  return server;
}

/** Logs the current test device in as Kari (through the app's own login). */
export async function loggedInAsKari(): Promise<void> {
  const outcome = await appSync.login(KARI.username, KARI.password);
  if (!outcome.ok) throw new Error(`login failed: ${outcome.code}`);
  await appSync.syncNow();
  if (!database().isOpen()) await database().open();
}
