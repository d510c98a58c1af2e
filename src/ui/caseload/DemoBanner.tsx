import { Alert, Button, HStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Makes sure nobody mistakes the made-up demo people for real ones. */
export function DemoBanner() {
  const { t } = useI18n();
  const [removing, setRemoving] = useState(false);
  return (
    <Alert variant="info" size="small">
      <HStack gap="space-8" align="center" justify="space-between" wrap>
        <span>{t('caseload.demoBanner')}</span>
        <Button
          size="small"
          variant="secondary"
          loading={removing}
          onClick={async () => {
            setRemoving(true);
            try {
              await (await import('../../data/demoCaseload')).demoCaseload.remove();
            } finally {
              setRemoving(false);
            }
          }}
        >
          {t('caseload.demoRemove')}
        </Button>
      </HStack>
    </Alert>
  );
}
