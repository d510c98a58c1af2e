import { useLiveQuery } from 'dexie-react-hooks';
import type { Identity } from '../../data/identity';
import { countOutbox, loadIdentity, loadLastSyncedAt, loadSession } from '../../data/sessionQueries';
import { settings, type Language } from '../../data/settingsRepository';
import type { Session } from '../../data/syncMeta';

/**
 * Live queries of the device's own state, for the shell and every feature.
 * Each re-renders its screen when the data under it changes, whether the change
 * came from this screen, another tab or a sync; `undefined` means still loading.
 */

/** The login kept on this device: `null` when there is none. Live, so a login or logout in another tab shows. */
export function useSession(): Session | null | undefined {
  return useLiveQuery(loadSession, []);
}

/** Who writes on this device: the logged-in user, or the device's local user before any login. */
export function useIdentity(): Identity | undefined {
  return useLiveQuery(loadIdentity, []);
}

/** When this device last completed a sync (any tab), or null. */
export function useLastSyncedAt(): string | null | undefined {
  return useLiveQuery(loadLastSyncedAt, []);
}

/** How many local changes wait to be sent to the server. */
export function useOutboxCount(): number | undefined {
  return useLiveQuery(countOutbox, []);
}

/** The language chosen in Settings on this device. */
export function useStoredLanguage(): Language | undefined {
  return useLiveQuery(() => settings.language(), []);
}
