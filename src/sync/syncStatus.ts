import type { FailureCode } from './apiClient';

/**
 * What the sync is doing, as data the status line renders.
 * - signed-out: no login on this device; everything stays on it
 * - initial: the first sync of a new device is fetching the team's records
 * - pushing / pulling: sending waiting changes / fetching the team's
 * - in-sync: nothing waits, the last round trip succeeded
 * - offline: no network (the browser says so, or the server did not answer)
 * - error: the server refused; `reason` says why
 */
export type SyncPhase = 'signed-out' | 'initial' | 'pushing' | 'pulling' | 'in-sync' | 'offline' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  reason?: FailureCode;
  /** Local changes still in the outbox. */
  pending: number;
  /** ISO time of the last sync that completed (push and pull). */
  lastSyncedAt: string | null;
  /** While the first sync runs: how much of the team's feed is applied. */
  progress?: { pages: number; changes: number };
}

export interface SyncStatusStore {
  // Function-valued properties, not methods: React is handed `get` and `subscribe` unbound.
  get: () => SyncStatus;
  set: (change: Partial<SyncStatus>) => void;
  subscribe: (listener: () => void) => () => void;
}

export const INITIAL_STATUS: SyncStatus = { phase: 'signed-out', pending: 0, lastSyncedAt: null };

/** A tiny observable holder: the engine writes it, React reads it with useSyncExternalStore. */
export function createSyncStatusStore(initial: SyncStatus = INITIAL_STATUS): SyncStatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(change) {
      const next = { ...status, ...change };
      // Keys set to undefined are cleared, so a stale reason or progress never lingers.
      for (const key of Object.keys(change) as Array<keyof SyncStatus>) if (change[key] === undefined) delete next[key];
      if (shallowEqual(next, status)) return;
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function shallowEqual(a: SyncStatus, b: SyncStatus): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof SyncStatus>);
  for (const key of keys) {
    if (key === 'progress') {
      if (a.progress?.pages !== b.progress?.pages || a.progress?.changes !== b.progress?.changes) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return true;
}
