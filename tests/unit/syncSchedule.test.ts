import { describe, expect, it } from 'vitest';
import type { SyncOutcome } from '../../src/sync/syncEngine';
import { AFTER_WRITE_DELAY_MS, createSyncSchedule, PERIODIC_MS, retryDelay, type ScheduleEnv } from '../../src/sync/syncSchedule';

/** A hand-driven clock and browser: timers fire only when the test advances time. */
function fakeEnv() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const listeners = { online: [] as Array<() => void>, visible: [] as Array<() => void>, write: [] as Array<() => void> };
  const state = { visible: true, lockFree: true };
  const subscribe = (list: Array<() => void>) => (run: () => void) => {
    list.push(run);
    return () => list.splice(list.indexOf(run), 1);
  };
  const env: ScheduleEnv = {
    setTimeout: (run, ms) => (timers.set(++nextId, { at: now + ms, run }), nextId),
    clearTimeout: (handle) => void timers.delete(handle as number),
    isVisible: () => state.visible,
    onOnline: subscribe(listeners.online),
    onVisible: subscribe(listeners.visible),
    onLocalWrite: subscribe(listeners.write),
    withLock: async (task) => (state.lockFree ? task() : undefined),
  };
  async function advance(ms: number) {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
      await flush();
    }
    now = until;
    await flush();
  }
  return { env, listeners, state, advance, pendingTimers: () => timers.size };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function recorder(outcomes: SyncOutcome[] = []) {
  const calls: number[] = [];
  const run = async (): Promise<SyncOutcome> => {
    calls.push(calls.length);
    return outcomes.shift() ?? { ok: true, retry: false };
  };
  return { calls, run };
}

describe('when the app syncs', () => {
  it('[SYNC-RETRY] waits 2 s, 4 s, 8 s … after failures, never more than 5 minutes', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(9)).toBe(300_000);
    expect(retryDelay(50)).toBe(300_000);
  });

  it('syncs at start, about a second after a local write, and every minute while visible', async () => {
    const { env, listeners, state, advance } = fakeEnv();
    const { calls, run } = recorder();
    const schedule = createSyncSchedule(run, env);
    schedule.start();
    await flush();
    expect(calls).toHaveLength(1);

    for (const write of listeners.write) write();
    await advance(AFTER_WRITE_DELAY_MS - 1);
    expect(calls).toHaveLength(1);
    // A second write within the second restarts the wait: one push for both.
    for (const write of listeners.write) write();
    await advance(AFTER_WRITE_DELAY_MS);
    expect(calls).toHaveLength(2);

    await advance(PERIODIC_MS);
    expect(calls).toHaveLength(3);
    state.visible = false;
    await advance(PERIODIC_MS);
    expect(calls).toHaveLength(3);
    schedule.stop();
  });

  it('syncs when the browser comes online and when the app becomes visible', async () => {
    const { env, listeners } = fakeEnv();
    const { calls, run } = recorder();
    const schedule = createSyncSchedule(run, env);
    schedule.start();
    await flush();
    for (const online of listeners.online) online();
    await flush();
    for (const visible of listeners.visible) visible();
    await flush();
    expect(calls).toHaveLength(3);
    schedule.stop();
    expect(listeners.online).toHaveLength(0);
  });

  it('retries a failed sync with growing waits, and starts over when it succeeds', async () => {
    const { env, advance } = fakeEnv();
    const failure = { ok: false, retry: true, code: 'network' } as const;
    const { calls, run } = recorder([failure, failure, failure]);
    const schedule = createSyncSchedule(run, env);
    schedule.start();
    await flush();
    await advance(1_999);
    expect(calls).toHaveLength(1);
    await advance(1);
    expect(calls).toHaveLength(2);
    await advance(3_999);
    expect(calls).toHaveLength(2);
    await advance(1);
    expect(calls).toHaveLength(3);
    await advance(8_000);
    expect(calls).toHaveLength(4); // succeeded: no more retries, only the minute's sync
    await advance(30_000);
    expect(calls).toHaveLength(4);
    schedule.stop();
  });

  it('does not retry by itself what waiting cannot fix (an expired login)', async () => {
    const { env, advance } = fakeEnv();
    const { calls, run } = recorder([{ ok: false, retry: false, code: 'unauthorized' }]);
    const schedule = createSyncSchedule(run, env);
    schedule.start();
    await flush();
    await advance(50_000);
    expect(calls).toHaveLength(1);
    schedule.stop();
  });

  it('runs one round at a time: a trigger during a round asks for one more round after it', async () => {
    const { env, listeners } = fakeEnv();
    let release: () => void = () => undefined;
    let rounds = 0;
    const schedule = createSyncSchedule(async () => {
      rounds += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, retry: false };
    }, env);
    schedule.start();
    await flush();
    for (const online of listeners.online) online();
    for (const visible of listeners.visible) visible();
    expect(rounds).toBe(1);
    release();
    await flush();
    expect(rounds).toBe(2);
    release();
    await flush();
    expect(rounds).toBe(2);
    schedule.stop();
  });

  it('"Synkroniser nå" resolves when its round is done, and skips when another tab holds the lock', async () => {
    const { env, state } = fakeEnv();
    const { calls, run } = recorder();
    const schedule = createSyncSchedule(run, env);
    schedule.start();
    await flush();
    await schedule.syncNow();
    expect(calls).toHaveLength(2);
    state.lockFree = false;
    await schedule.syncNow();
    expect(calls).toHaveLength(2);
    schedule.stop();
  });
});
