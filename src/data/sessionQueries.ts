import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './db';
import { currentIdentity, type Identity } from './identity';
import { readSession, readSyncState, type Session } from './syncMeta';

/**
 * The login kept on this device, for screens: `null` when there is none,
 * `undefined` while loading. Live, so a login or logout in another tab shows.
 */
export function useSession(): Session | null | undefined {
  return useLiveQuery(async () => (await readSession(database())) ?? null, []);
}

/** Who writes on this device: the logged-in user, or the device's local user before any login. */
export function useIdentity(): Identity | undefined {
  return useLiveQuery(() => currentIdentity(database()), []);
}

/** When this device last completed a sync (any tab), or null. */
export function useLastSyncedAt(): string | null | undefined {
  return useLiveQuery(async () => (await readSyncState(database())).lastSyncedAt, []);
}
