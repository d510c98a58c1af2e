import { Alert, Button, HStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { flushAllDrafts } from '../components/draftRegistry';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Registers the service worker (through workbox-window) and offers a new
 * version when one is waiting. The page reloads only when the user says so,
 * and every draft is written to the device first, so no typing is lost.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [needRefresh, setNeedRefresh] = useState(false);
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // Registered after the first render, so workbox-window is not on the
    // path to an interactive caseload (the shell's 200 KB budget).
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setNeedRefresh(true),
        onRegisteredSW: (_url, registration) => {
          // Look for a new version every hour while the app stays open.
          if (registration) setInterval(() => void registration.update(), 60 * 60 * 1000);
        },
      });
      setUpdate(() => updateSW);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!needRefresh || !update) return null;
  return (
    <Alert variant="info" className="update-prompt" role="status">
      <HStack gap="space-8" align="center" wrap>
        <span>{t('update.available')}</span>
        <Button
          size="small"
          onClick={async () => {
            await flushAllDrafts();
            await update(true);
          }}
        >
          {t('update.reload')}
        </Button>
        <Button size="small" variant="tertiary" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </Button>
      </HStack>
    </Alert>
  );
}
