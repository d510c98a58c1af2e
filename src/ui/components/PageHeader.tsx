import { ChevronLeftIcon } from '@navikt/aksel-icons';
import { Heading, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

/** The heading of a screen, with a way back where there is one. */
export function PageHeader({ title, backTo, children }: { title: string; backTo?: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <VStack gap="space-8" className="page-header">
      {backTo && (
        <Link as={RouterLink} to={backTo} className="back-link">
          <ChevronLeftIcon aria-hidden />
          {t('nav.back')}
        </Link>
      )}
      <Heading level="1" size="large">
        {title}
      </Heading>
      {children}
    </VStack>
  );
}
