import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { useCallback, useEffect, useState } from 'react';
import { requestPersistentStorage, storageInfo, type StorageInfo } from '../app/persistentStorage';
import { useI18n } from '../i18n/I18nProvider';
import { formatBytes } from './formatBytes';

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageSection() {
  const { t, language } = useI18n();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = useCallback(() => void storageInfo().then(setInfo), []);
  useEffect(refresh, [refresh]);

  return (
    <VStack as="section" gap="space-12" aria-labelledby="storage-heading">
      <Heading level="2" size="medium" id="storage-heading">
        {t('settings.storage')}
      </Heading>
      {info && (
        <>
          {info.persisted === null ? (
            <BodyShort>{t('settings.persistUnknown')}</BodyShort>
          ) : (
            <Alert variant={info.persisted ? 'success' : 'warning'} size="small">
              {info.persisted ? t('settings.persisted') : t('settings.notPersisted')}
            </Alert>
          )}
          {info.persisted === false && (
            <div>
              <Button variant="secondary" size="small" onClick={async () => (await requestPersistentStorage(), refresh())}>
                {t('settings.askPersist')}
              </Button>
            </div>
          )}
          <BodyShort>
            {info.usageBytes !== null && info.quotaBytes !== null
              ? t('settings.usage', { used: formatBytes(info.usageBytes, language), quota: formatBytes(info.quotaBytes, language) })
              : t('settings.usageUnknown')}
          </BodyShort>
        </>
      )}
    </VStack>
  );
}
