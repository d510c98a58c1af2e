import type { FemtrinnDb } from '../data/db';
import { deviceId, setClockOffset } from '../data/deviceClock';
import { markSessionExpired, readSession, readSyncState, updateSyncState, writeSession } from '../data/syncMeta';
import { ApiError, type ApiClient, type FailureCode } from './apiClient';
import { pullChanges } from './pullChanges';
import { pushOutbox } from './pushOutbox';
import type { SyncStatusStore } from './syncStatus';

export interface SyncOutcome {
  ok: boolean;
  /** Worth trying again later by itself (network or server trouble, a clock that may come right). */
  retry: boolean;
  code?: FailureCode;
}

export interface SyncEngineOptions {
  db: FemtrinnDb;
  api: ApiClient;
  status: SyncStatusStore;
  /** The device's own clock; tests skew it. */
  now?: () => Date;
  pageSize?: number;
}

/** Failures that a later attempt may get past by itself. */
const RETRYABLE: readonly FailureCode[] = ['network', 'server', 'clock-skew', 'rate-limited'];

/**
 * One sync round: send every waiting change, then fetch the team's changes.
 * No React, no timers: the schedule decides when, this decides what. The db
 * is a parameter, so tests run several devices side by side.
 */
export function createSyncEngine({ db, api, status, now = () => new Date(), pageSize }: SyncEngineOptions) {
  let refreshedMe = false;

  async function pendingCount(): Promise<number> {
    return db.outbox.count();
  }

  async function sync(): Promise<SyncOutcome> {
    const session = await readSession(db);
    if (!session) {
      status.set({ phase: 'signed-out', pending: await pendingCount(), reason: undefined, progress: undefined });
      return { ok: true, retry: false };
    }
    if (session.expired) {
      status.set({ phase: 'error', reason: 'unauthorized', pending: await pendingCount(), progress: undefined });
      return { ok: false, retry: false, code: 'unauthorized' };
    }
    try {
      const device = await deviceId(db);
      const pending = await pendingCount();
      status.set({ pending });
      if (pending > 0) {
        status.set({ phase: 'pushing', reason: undefined });
        let left = pending;
        await pushOutbox({
          db,
          api,
          token: session.token,
          deviceId: device,
          onBatch: (confirmed) => status.set({ pending: (left = Math.max(0, left - confirmed)) }),
        });
      }
      if (!refreshedMe) {
        // Members and teams change now and then: read them once per start.
        const me = await api.me(session.token);
        await writeSession(db, { ...session, ...me });
        refreshedMe = true;
      }
      const state = await readSyncState(db);
      for (const team of session.teams) {
        const first = state.cursors[team.id] === undefined;
        const progress = { pages: 0, changes: 0 };
        status.set({ phase: first ? 'initial' : 'pulling', reason: undefined, progress: first ? progress : undefined });
        await pullChanges({
          db,
          api,
          token: session.token,
          teamId: team.id,
          now,
          pageSize,
          onPage: (changes) => {
            progress.pages += 1;
            progress.changes += changes;
            if (first) status.set({ progress: { ...progress } });
          },
        });
      }
      const lastSyncedAt = now().toISOString();
      await updateSyncState(db, (current) => ({ ...current, lastSyncedAt }));
      status.set({ phase: 'in-sync', reason: undefined, progress: undefined, lastSyncedAt, pending: await pendingCount() });
      return { ok: true, retry: false };
    } catch (error) {
      return fail(error);
    }
  }

  async function fail(error: unknown): Promise<SyncOutcome> {
    if (!(error instanceof ApiError)) throw error;
    const pending = await pendingCount();
    if (error.code === 'unauthorized') await markSessionExpired(db);
    status.set({ phase: error.code === 'network' ? 'offline' : 'error', reason: error.code, pending, progress: undefined });
    return { ok: false, retry: RETRYABLE.includes(error.code), code: error.code };
  }

  /** Keeps the offset to the server's clock so this device's stamps follow the server's time. */
  function clockOffset(offsetMs: number): void {
    setClockOffset(db, Math.round(offsetMs)).catch(() => undefined);
  }

  return { sync, clockOffset, status };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
