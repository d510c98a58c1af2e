import type { Me } from '../protocol/protocol';
import type { FemtrinnDb } from './db';

/**
 * The device's login to its team's server. It stays on the device until
 * logout, so a user who logged in once keeps working offline; an expired
 * token keeps every waiting change and asks to log in again.
 */
export interface Session extends Me {
  token: string;
  expiresAt: string;
  /** The server answered 401: the token no longer works. */
  expired?: boolean;
}

/** Where this device is in the team's change feed, and when it last synced. */
export interface SyncState {
  /** Per team: the seq of the last change applied from that team's feed. */
  cursors: Record<string, number>;
  lastSyncedAt: string | null;
}

const SESSION = 'session';
const SYNC = 'sync';

export const EMPTY_SYNC_STATE: SyncState = { cursors: {}, lastSyncedAt: null };

export async function readSession(db: FemtrinnDb): Promise<Session | undefined> {
  return (await db.meta.get(SESSION))?.value as Session | undefined;
}

export async function writeSession(db: FemtrinnDb, session: Session): Promise<void> {
  await db.meta.put({ key: SESSION, value: session });
}

export async function markSessionExpired(db: FemtrinnDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const session = await readSession(db);
    if (session && !session.expired) await writeSession(db, { ...session, expired: true });
  });
}

export async function readSyncState(db: FemtrinnDb): Promise<SyncState> {
  return ((await db.meta.get(SYNC))?.value as SyncState | undefined) ?? EMPTY_SYNC_STATE;
}

export async function writeSyncState(db: FemtrinnDb, state: SyncState): Promise<void> {
  await db.meta.put({ key: SYNC, value: state });
}

export async function updateSyncState(db: FemtrinnDb, change: (state: SyncState) => SyncState): Promise<void> {
  await db.transaction('rw', db.meta, async () => writeSyncState(db, change(await readSyncState(db))));
}
