import { useSyncExternalStore } from 'react';
import { appStatus } from '../../sync/appStatus';
import { useSession } from '../app/queries';

/**
 * [LOGIN-1] A login comes before first use when the app's server has
 * accounts. With no server answering (the app opened from a plain static
 * host, or never online since install) the app works on this device alone,
 * and what is recorded moves to the user's team at the first login. Once
 * logged in, the session stays on the device until logout, so the app keeps
 * working offline; an expired login only asks to log in again.
 */
export function useNeedsLogin(): boolean {
  const session = useSession();
  const server = useSyncExternalStore(appStatus.server.subscribe, appStatus.server.get, appStatus.server.get);
  return session === null && server.accounts === true;
}
