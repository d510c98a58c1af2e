import type { SyncOutcome } from './syncEngine';

/**
 * [SYNC-RETRY] Waits before the next attempt after a failure that may pass
 * by itself (no network, a server in trouble): 2 s, then doubling each time
 * (4 s, 8 s, 16 s …), capped at 5 minutes so a phone that was offline for
 * hours catches up within minutes of getting signal, without hammering the
 * server while it is down. Coming online or "Synkroniser nå" starts over.
 */
export const RETRY_BACKOFF = { firstMs: 2_000, factor: 2, maxMs: 5 * 60_000 } as const;

/** About a second after a local write: edits in quick succession go in one push. */
export const AFTER_WRITE_DELAY_MS = 1_000;
/** While the app is visible, a sync every minute picks up the team's changes. */
export const PERIODIC_MS = 60_000;

export function retryDelay(attempt: number): number {
  return Math.min(RETRY_BACKOFF.maxMs, RETRY_BACKOFF.firstMs * RETRY_BACKOFF.factor ** Math.max(0, attempt - 1));
}

/** What the schedule needs from the browser; tests pass fakes. */
export interface ScheduleEnv {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  isVisible(): boolean;
  /** Subscribes to a trigger; returns the unsubscribe. */
  onOnline(run: () => void): () => void;
  onVisible(run: () => void): () => void;
  onLocalWrite(run: () => void): () => void;
  /**
   * Runs `task` only if no other tab is syncing (Web Locks); answers
   * undefined when another tab holds the lock.
   */
  withLock(task: () => Promise<SyncOutcome>): Promise<SyncOutcome | undefined>;
}

export interface SyncSchedule {
  start(): void;
  stop(): void;
  /** "Synkroniser nå": starts over the back-off and syncs; resolves when that round is done. */
  syncNow(): Promise<void>;
}

/**
 * When to sync: at start, when the browser comes online, when the app
 * becomes visible, about a second after a local write, every minute while
 * visible, and on demand. One round at a time: a trigger during a round
 * asks for one more round after it. A round never blocks the UI: it is a
 * promise nobody awaits but "Synkroniser nå".
 */
export function createSyncSchedule(run: () => Promise<SyncOutcome>, env: ScheduleEnv): SyncSchedule {
  let running: Promise<void> | null = null;
  let again = false;
  let attempt = 0;
  let retryTimer: unknown = null;
  let writeTimer: unknown = null;
  let periodicTimer: unknown = null;
  let stopped = true;
  const unsubscribe: Array<() => void> = [];

  function clear(handle: unknown): null {
    if (handle !== null) env.clearTimeout(handle);
    return null;
  }

  function trigger(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = round().finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void trigger();
      }
    });
    return running;
  }

  async function round(): Promise<void> {
    retryTimer = clear(retryTimer);
    let outcome: SyncOutcome | undefined;
    try {
      outcome = await env.withLock(run);
    } catch {
      outcome = { ok: false, retry: true };
    }
    if (outcome === undefined) return; // another tab is syncing
    if (outcome.ok) {
      attempt = 0;
    } else if (outcome.retry && !stopped) {
      attempt += 1;
      retryTimer = env.setTimeout(() => {
        retryTimer = null;
        void trigger();
      }, retryDelay(attempt));
    }
  }

  function schedulePeriodic(): void {
    periodicTimer = env.setTimeout(() => {
      periodicTimer = null;
      if (env.isVisible()) void trigger();
      if (!stopped) schedulePeriodic();
    }, PERIODIC_MS);
  }

  function restart(): void {
    attempt = 0;
    void trigger();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      unsubscribe.push(env.onOnline(restart));
      unsubscribe.push(env.onVisible(() => void trigger()));
      unsubscribe.push(
        env.onLocalWrite(() => {
          writeTimer = clear(writeTimer);
          writeTimer = env.setTimeout(() => {
            writeTimer = null;
            void trigger();
          }, AFTER_WRITE_DELAY_MS);
        }),
      );
      schedulePeriodic();
      void trigger();
    },
    stop() {
      stopped = true;
      for (const off of unsubscribe.splice(0)) off();
      retryTimer = clear(retryTimer);
      writeTimer = clear(writeTimer);
      periodicTimer = clear(periodicTimer);
    },
    async syncNow() {
      attempt = 0;
      if (running) {
        // The round under way may have read the outbox already: one more after it.
        again = true;
        await running;
        if (running !== null) await running;
        return;
      }
      await trigger();
    },
  };
}
