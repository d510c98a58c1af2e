import { Alert, ErrorSummary } from '@navikt/ds-react';
import type { RefObject } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The list of what to fix, linking to each field (ids are `field-<name>`), and write failures. */
export function FormErrors({
  codes,
  labels,
  summaryRef,
  writeFailed,
}: {
  codes: Record<string, string>;
  labels: Record<string, string>;
  summaryRef: RefObject<HTMLDivElement | null>;
  writeFailed: boolean;
}) {
  const { t, tCode } = useI18n();
  const entries = Object.entries(codes);
  return (
    <>
      {writeFailed && (
        <Alert variant="error" role="alert">
          {t('error.saveFailed')}
        </Alert>
      )}
      {entries.length > 0 && (
        <ErrorSummary ref={summaryRef} heading={t('common.fixErrors')}>
          {entries.map(([field, code]) => (
            <ErrorSummary.Item key={field} href={`#${fieldId(field)}`}>
              {labels[field] ? `${labels[field]}: ${tCode(code)}` : tCode(code)}
            </ErrorSummary.Item>
          ))}
        </ErrorSummary>
      )}
    </>
  );
}

export function fieldId(field: string): string {
  return `field-${field.replace(/\./g, '-')}`;
}
