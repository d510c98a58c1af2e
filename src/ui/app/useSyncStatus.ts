import { useSyncExternalStore } from 'react';
import { appStatus } from '../../sync/appStatus';
import type { SyncStatus } from '../../sync/syncStatus';

/** What the sync engine is doing now; re-renders when it changes. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(appStatus.sync.subscribe, appStatus.sync.get, appStatus.sync.get);
}
