import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/data/syncMeta';
import { syncStatusView } from '../../src/ui/app/syncStatusText';
import type { SyncStatus } from '../../src/sync/syncStatus';

const session: Session = {
  token: 't',
  expiresAt: '2026-12-01T00:00:00.000Z',
  user: { id: 'u1', username: 'kari', name: 'Kari', role: 'specialist' },
  teams: [{ id: 'team-a', name: 'Team A' }],
  members: [],
};
const status = (change: Partial<SyncStatus> = {}): SyncStatus => ({ phase: 'in-sync', pending: 0, lastSyncedAt: null, ...change });

describe('what the status line says', () => {
  it('offline: everything is saved on the device, and how much waits', () => {
    expect(syncStatusView(status(), false, 3, session)).toMatchObject({
      tone: 'offline',
      text: { key: 'status.offline' },
      pending: { key: 'sync.pending', params: { count: 3 } },
    });
  });

  it('in sync with nothing waiting, or with one change waiting', () => {
    expect(syncStatusView(status(), true, 0, session)).toMatchObject({
      text: { key: 'sync.inSync' },
      showSyncedAt: true,
      action: 'sync-now',
    });
    expect(syncStatusView(status(), true, 1, session)).toMatchObject({ tone: 'waiting', text: { key: 'sync.pendingOne' } });
  });

  it('a periodic pull changes nothing on screen (the line stays calm for screen readers)', () => {
    expect(syncStatusView(status({ phase: 'pulling' }), true, 0, session)).toEqual(syncStatusView(status(), true, 0, session));
  });

  it('an expired session asks to log in again, whatever the phase', () => {
    expect(syncStatusView(status(), true, 2, { ...session, expired: true })).toMatchObject({
      tone: 'problem',
      text: { key: 'sync.error.unauthorized' },
      action: 'log-in',
    });
  });

  it('names a refusal it knows, and shows the code of one it does not', () => {
    expect(syncStatusView(status({ phase: 'error', reason: 'clock-skew' }), true, 0, session).text).toEqual({
      key: 'sync.error.clock-skew',
    });
    expect(syncStatusView(status({ phase: 'error', reason: 'event-immutable' }), true, 0, session).text).toEqual({
      key: 'sync.error.other',
      params: { code: 'event-immutable' },
    });
    expect(syncStatusView(status({ phase: 'error', reason: 'upgrade-required' }), true, 0, session).action).toBeNull();
  });

  it('just after login, before the engine reports, says the team is being fetched, not that all is synced', () => {
    expect(syncStatusView(status({ phase: 'signed-out' }), true, 0, session, null)).toMatchObject({
      tone: 'busy',
      text: { key: 'sync.initial' },
    });
    expect(syncStatusView(status({ phase: 'signed-out' }), true, 0, session, '2026-11-23T13:05:00.000Z').text).toEqual({
      key: 'sync.inSync',
    });
  });

  it('before any login there is no sync to speak of', () => {
    expect(syncStatusView(status({ phase: 'signed-out' }), true, 0, null)).toMatchObject({
      text: { key: 'status.allLocal' },
      showSyncedAt: false,
      action: null,
    });
  });
});
