import { BodyShort, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n/I18nProvider';
import { paths } from './paths';

export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <VStack gap="space-16">
      <PageHeader title={t('common.notFound')} />
      <BodyShort>
        <Link as={RouterLink} to={paths.caseload}>
          {t('nav.caseload')}
        </Link>
      </BodyShort>
    </VStack>
  );
}
