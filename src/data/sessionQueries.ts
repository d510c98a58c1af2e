import { database } from './db';
import { currentIdentity, type Identity } from './identity';
import { readSession, readSyncState, type Session } from './syncMeta';

/** The login kept on this device, or `null` when there is none. */
export async function loadSession(): Promise<Session | null> {
  return (await readSession(database())) ?? null;
}

/** Who writes on this device: the logged-in user, or the device's local user before any login. */
export function loadIdentity(): Promise<Identity> {
  return currentIdentity(database());
}

/** When this device last completed a sync (any tab), or null. */
export async function loadLastSyncedAt(): Promise<string | null> {
  return (await readSyncState(database())).lastSyncedAt;
}

/** How many local changes wait to be sent to the server. */
export function countOutbox(): Promise<number> {
  return database().outbox.count();
}
