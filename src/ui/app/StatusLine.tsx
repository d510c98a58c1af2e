import { ArrowsCirclepathIcon, CheckmarkCircleIcon, CloudSlashIcon, ExclamationmarkTriangleIcon } from '@navikt/aksel-icons';
import { BodyShort, Button } from '@navikt/ds-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toIsoDate } from '../../domain/dates';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatTime } from '../i18n/formatDate';
import { paths } from './paths';
import { syncStatusView, type StatusTone } from './syncStatusText';
import { useOnline } from './useOnline';
import { useSyncStatus } from './useSyncStatus';
import { useLastSyncedAt, useOutboxCount, useSession } from './queries';

const ICONS: Record<StatusTone, typeof CheckmarkCircleIcon> = {
  offline: CloudSlashIcon,
  ok: CheckmarkCircleIcon,
  busy: ArrowsCirclepathIcon,
  waiting: ArrowsCirclepathIcon,
  problem: ExclamationmarkTriangleIcon,
};

/**
 * Always on screen: offline or not, how many changes wait, when the device
 * last synced with the team ("2 endringer venter · synkronisert 14:05"),
 * the first sync's progress, and a problem in plain words with what to do.
 */
export function StatusLine() {
  const { t, language } = useI18n();
  const online = useOnline();
  const pending = useOutboxCount() ?? 0;
  const session = useSession();
  const status = useSyncStatus();
  const lastSyncedAt = useLastSyncedAt() ?? status.lastSyncedAt;
  const [busy, setBusy] = useState(false);
  const today = useToday();
  const view = syncStatusView(status, online, pending, session, lastSyncedAt);
  const Icon = ICONS[view.tone];
  const syncedAt =
    view.showSyncedAt && lastSyncedAt
      ? t('sync.syncedAt', {
          time:
            toIsoDate(new Date(lastSyncedAt)) === today
              ? formatTime(lastSyncedAt, language)
              : `${formatDate(toIsoDate(new Date(lastSyncedAt)), language)} ${formatTime(lastSyncedAt, language)}`,
        })
      : undefined;
  const details = [view.pending ? t(view.pending.key, view.pending.params) : undefined, syncedAt].filter(Boolean).join(' · ');

  return (
    <div className="status-line">
      <div role="status" aria-live="polite" className="status-line__text">
        <BodyShort size="small" as="span">
          <Icon aria-hidden className="status-line__icon" />
          {t(view.text.key, view.text.params)}
          {details && ` · ${details}`}
        </BodyShort>
      </div>
      {view.action === 'sync-now' && (
        <Button
          size="small"
          variant="tertiary"
          className="status-line__action"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              // The engine loads after the first screen; by the time anyone taps, it is there.
              await (await import('../../sync/appSync')).appSync.syncNow();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('sync.now')}
        </Button>
      )}
      {view.action === 'log-in' && (
        <Link to={paths.login} className="status-line__action navds-link">
          {t('sync.loginAgain')}
        </Link>
      )}
    </div>
  );
}
