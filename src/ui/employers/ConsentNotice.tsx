import { Alert, BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { PresentingConsent } from '../../domain/presentingConsent';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

const WARNINGS = { declined: 'consent.declined', 'no-agreement': 'consent.noAgreement' } as const;

/**
 * [CONSENT-1] Before presenting a jobseeker to an employer: whether it is
 * allowed at all, said in words, and what may and must not be told.
 */
export function ConsentNotice({ consent, name, level = '2' }: { consent: PresentingConsent; name: string; level?: '2' | '3' }) {
  const { t } = useI18n();
  const idBase = useId();
  return (
    <VStack gap="space-8" as="section" aria-label={t('consent.heading', { name })}>
      {consent.allowed ? (
        <Alert variant="info" size="small">
          {t('consent.allowed', { name })}
        </Alert>
      ) : (
        <Alert variant="warning" size="small">
          {t(WARNINGS[consent.reason as keyof typeof WARNINGS], { name })}
        </Alert>
      )}
      {consent.reason !== 'no-agreement' && (
        <>
          <ShareList id={`${idBase}-may`} level={level} heading={t('agreement.mayShare')} items={consent.mayShare} />
          <ShareList id={`${idBase}-mustnot`} level={level} heading={t('agreement.mustNotShare')} items={consent.mustNotShare} />
        </>
      )}
    </VStack>
  );
}

function ShareList({ id, level, heading, items }: { id: string; level: '2' | '3'; heading: string; items: readonly string[] }) {
  const { t } = useI18n();
  return (
    <VStack gap="space-4">
      <Heading level={level} size="xsmall" id={id}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <BodyShort>{t('agreement.nothingListed')}</BodyShort>
      ) : (
        <ul aria-labelledby={id}>
          {items.map((item, index) => (
            <li key={index} className="pre-wrap">
              {item}
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
