import { Alert, Button, HStack } from '@navikt/ds-react';
import { useI18n } from '../i18n/I18nProvider';
import { formatTime } from '../i18n/formatDate';

/** Tells the user their earlier input was brought back, with a way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  const { t, language } = useI18n();
  if (!restoredAt) return null;
  return (
    <Alert variant="info" size="small">
      <HStack gap="space-8" align="center" justify="space-between">
        <span>{t('draft.restored', { time: formatTime(restoredAt, language) })}</span>
        <Button type="button" size="small" variant="secondary" onClick={onDiscard}>
          {t('draft.discard')}
        </Button>
      </HStack>
    </Alert>
  );
}
