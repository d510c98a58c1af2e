import { PlusIcon } from '@navikt/aksel-icons';
import { BodyLong, Button, Detail, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { paths } from '../app/paths';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useI18n } from '../i18n/I18nProvider';
import { LinkButton } from '../components/LinkButton';

/** The first screen on a new device: add the first person, or try the app with made-up people. */
export function EmptyCaseload() {
  const { t } = useI18n();
  const today = useToday();
  const [loading, setLoading] = useState(false);
  return (
    <VStack gap="space-16">
      <PageHeader title={t('caseload.empty.title')} />
      <BodyLong>{t('caseload.empty.body')}</BodyLong>
      <LinkButton to={paths.newPerson} icon={<PlusIcon aria-hidden />}>
        {t('caseload.add')}
      </LinkButton>
      <Button
        variant="secondary"
        loading={loading}
        onClick={async () => {
          setLoading(true);
          try {
            await (await import('../../data/demoCaseload')).demoCaseload.load(today);
          } finally {
            setLoading(false);
          }
        }}
      >
        {t('caseload.empty.demo')}
      </Button>
      <Detail>{t('caseload.empty.demoHint')}</Detail>
    </VStack>
  );
}
