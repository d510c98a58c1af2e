import { CloudSlashIcon, CheckmarkCircleIcon, ArrowsCirclepathIcon } from '@navikt/aksel-icons';
import { BodyShort } from '@navikt/ds-react';
import { useOutboxCount } from '../../data/liveQueries';
import { useI18n } from '../i18n/I18nProvider';
import { useOnline } from './useOnline';

/**
 * Always on screen: whether the device is offline and how many changes wait
 * to be sent. (Sending them to the team's server comes with team sync.)
 */
export function StatusLine() {
  const { t } = useI18n();
  const online = useOnline();
  const pending = useOutboxCount() ?? 0;
  const text = !online
    ? t('status.offline')
    : pending === 0
      ? t('status.allLocal')
      : pending === 1
        ? t('status.pendingOne')
        : t('status.pending', { count: pending });
  const Icon = !online ? CloudSlashIcon : pending === 0 ? CheckmarkCircleIcon : ArrowsCirclepathIcon;
  return (
    <div className="status-line" role="status" aria-live="polite">
      <BodyShort size="small" as="span">
        <Icon aria-hidden className="status-line__icon" />
        {text}
      </BodyShort>
      {!online && pending > 0 && (
        <BodyShort size="small" as="span" className="status-line__pending">
          {pending === 1 ? t('status.pendingOne') : t('status.pending', { count: pending })}
        </BodyShort>
      )}
    </div>
  );
}
