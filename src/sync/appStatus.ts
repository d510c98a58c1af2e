import { createSyncStatusStore, type SyncStatusStore } from './syncStatus';

/** Whether the app's server has accounts (then a login comes before first use); undefined until it answered. */
export interface ServerInfo {
  accounts: boolean | undefined;
}

export interface ServerInfoStore {
  get: () => ServerInfo;
  set: (next: ServerInfo) => void;
  subscribe: (listener: () => void) => () => void;
}

function createServerInfoStore(): ServerInfoStore {
  let value: ServerInfo = { accounts: undefined };
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * What the app shell reads about the sync: the engine's status and whether
 * the server has accounts. Small on purpose: the engine itself (`appSync`)
 * loads after the first screen, outside the shell's 200 KB budget.
 */
export const appStatus: { sync: SyncStatusStore; server: ServerInfoStore } = {
  sync: createSyncStatusStore(),
  server: createServerInfoStore(),
};
