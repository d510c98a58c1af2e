import { liveQuery } from 'dexie';
import type { FemtrinnDb } from '../data/db';
import type { SyncOutcome } from './syncEngine';
import type { ScheduleEnv } from './syncSchedule';

/** The lock every tab of the app asks for before it syncs: one tab syncs, the others skip. */
export const SYNC_LOCK = 'femtrinn-sync';

/**
 * Web Locks where the browser has them (all current ones); without them
 * every tab syncs, which is safe (push is idempotent), only wasteful.
 */
export async function withSyncLock(task: () => Promise<SyncOutcome>): Promise<SyncOutcome | undefined> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return task();
  return await locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => (lock ? task() : undefined));
}

/**
 * The schedule's triggers from the browser: `online`, becoming visible, and
 * the outbox growing (in this tab or another: a live query sees both).
 * `onPending` gets the outbox count whenever it changes.
 */
export function browserScheduleEnv(db: FemtrinnDb, onPending: (count: number) => void): ScheduleEnv {
  return {
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    isVisible: () => document.visibilityState === 'visible',
    onOnline(run) {
      window.addEventListener('online', run);
      return () => window.removeEventListener('online', run);
    },
    onVisible(run) {
      const listener = () => {
        if (document.visibilityState === 'visible') run();
      };
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    onLocalWrite(run) {
      let last: number | undefined;
      const subscription = liveQuery(() => db.outbox.count()).subscribe({
        next(count) {
          onPending(count);
          if (last !== undefined && count > last) run();
          last = count;
        },
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
    withLock: withSyncLock,
  };
}
