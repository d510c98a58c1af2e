import type { Session } from '../../data/syncMeta';
import type { SyncStatus } from '../../sync/syncStatus';
import type { MessageKey, Params } from '../i18n/dictionary';

export type StatusTone = 'offline' | 'ok' | 'busy' | 'waiting' | 'problem';

export interface StatusView {
  tone: StatusTone;
  /** The main message. */
  text: { key: MessageKey; params?: Params };
  /** "N endringer venter", when something waits and the main text does not say so already. */
  pending?: { key: MessageKey; params?: Params };
  /** Show "synkronisert HH:MM". */
  showSyncedAt: boolean;
  action: 'sync-now' | 'log-in' | null;
}

const ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  unauthorized: 'sync.error.unauthorized',
  'upgrade-required': 'sync.error.upgrade-required',
  'clock-skew': 'sync.error.clock-skew',
  'forbidden-team': 'sync.error.forbidden-team',
  'forbidden-role': 'sync.error.forbidden-role',
  'rate-limited': 'sync.error.rate-limited',
  server: 'sync.error.server',
};

function pendingText(pending: number): { key: MessageKey; params?: Params } {
  return pending === 1 ? { key: 'sync.pendingOne' } : { key: 'sync.pending', params: { count: pending } };
}

/**
 * What the status line says, from the sync state, the browser's online flag,
 * the live outbox count and the session. Pure, so every case is tested
 * without rendering. A periodic pull shows nothing new (the line stays calm
 * for screen readers); a push, the first sync and every problem do.
 */
export function syncStatusView(
  status: SyncStatus,
  online: boolean,
  pending: number,
  session: Session | null | undefined,
  lastSynced: string | null = status.lastSyncedAt,
): StatusView {
  const waiting = pending > 0 ? pendingText(pending) : undefined;
  if (!online) {
    return { tone: 'offline', text: { key: 'status.offline' }, pending: waiting, showSyncedAt: session != null, action: null };
  }
  if (!session) {
    const text =
      pending === 0
        ? { key: 'status.allLocal' as const }
        : pending === 1
          ? { key: 'status.pendingOne' as const }
          : { key: 'status.pending' as const, params: { count: pending } };
    return { tone: 'ok', text, showSyncedAt: false, action: null };
  }
  if (session.expired || (status.phase === 'error' && status.reason === 'unauthorized')) {
    return { tone: 'problem', text: { key: 'sync.error.unauthorized' }, pending: waiting, showSyncedAt: true, action: 'log-in' };
  }
  // Logged in, but the engine has not reported yet (it loads after the first screen).
  const phase = status.phase === 'signed-out' ? (lastSynced ? 'in-sync' : 'initial') : status.phase;
  switch (phase) {
    case 'initial':
      return {
        tone: 'busy',
        text: { key: 'sync.initial' },
        pending: status.progress ? { key: 'sync.progress', params: { count: status.progress.changes } } : undefined,
        showSyncedAt: false,
        action: null,
      };
    case 'pushing':
      return { tone: 'busy', text: { key: 'sync.pushing' }, pending: waiting, showSyncedAt: true, action: null };
    case 'offline':
      return { tone: 'offline', text: { key: 'sync.noServer' }, pending: waiting, showSyncedAt: true, action: 'sync-now' };
    case 'error': {
      const key = ERROR_KEYS[status.reason ?? ''];
      return {
        tone: 'problem',
        text: key ? { key } : { key: 'sync.error.other', params: { code: status.reason ?? '?' } },
        pending: waiting,
        showSyncedAt: true,
        action: status.reason === 'upgrade-required' ? null : 'sync-now',
      };
    }
    default:
      return waiting
        ? { tone: 'waiting', text: waiting, showSyncedAt: true, action: 'sync-now' }
        : { tone: 'ok', text: { key: 'sync.inSync' }, showSyncedAt: true, action: 'sync-now' };
  }
}
