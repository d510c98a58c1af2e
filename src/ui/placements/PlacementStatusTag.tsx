import { Tag } from '@navikt/ds-react';
import type { PlacementStatus } from '../../domain/placement';
import { useI18n } from '../i18n/I18nProvider';

const VARIANTS = { planned: 'info', ongoing: 'success', ended: 'neutral' } as const;

/** Planlagt, Pågående or Avsluttet: the word carries the meaning, the colour only helps. */
export function PlacementStatusTag({ status }: { status: PlacementStatus }) {
  const { t } = useI18n();
  return (
    <Tag size="small" variant={VARIANTS[status]}>
      {t(`placementStatus.${status}`)}
    </Tag>
  );
}
