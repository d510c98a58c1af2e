import { Tag, type TagProps } from '@navikt/ds-react';
import type { RelationshipStatus } from '../../domain/employer';
import { useI18n } from '../i18n/I18nProvider';

const VARIANTS: Record<RelationshipStatus, TagProps['variant']> = {
  new: 'info',
  'in-dialogue': 'warning',
  partner: 'success',
  'not-relevant': 'neutral',
};

/** The relationship with an employer, in words (the colour only repeats them). */
export function RelationshipTag({ status }: { status: RelationshipStatus }) {
  const { t } = useI18n();
  return (
    <Tag size="xsmall" variant={VARIANTS[status]}>
      {t('employers.relationshipLabel', { status: t(`relationship.${status}`) })}
    </Tag>
  );
}
