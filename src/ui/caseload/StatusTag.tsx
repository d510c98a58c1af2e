import { Tag } from '@navikt/ds-react';
import type { CaseStatus } from '../../domain/caseEvent';
import { useI18n } from '../i18n/I18nProvider';

const VARIANTS = { referred: 'info', active: 'success', passive: 'warning', closed: 'neutral' } as const;

/** A case status as a tag: the word carries the meaning, the colour only helps. */
export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return (
    <Tag size="small" variant={VARIANTS[status]}>
      {t(`status.${status}`)}
    </Tag>
  );
}
