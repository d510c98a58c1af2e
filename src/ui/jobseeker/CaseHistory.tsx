import { BodyShort, Detail, Heading, VStack } from '@navikt/ds-react';
import type { CaseEvent } from '../../domain/caseEvent';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

/** Every step and status change with its date, newest first: how long each step took. */
export function CaseHistory({ events }: { events: CaseEvent[] }) {
  const { t, tCode, language } = useI18n();
  const newestFirst = [...events].reverse();
  return (
    <VStack as="section" gap="space-8" aria-labelledby="history-heading">
      <Heading level="2" size="medium" id="history-heading">
        {t('person.history')}
      </Heading>
      {newestFirst.length === 0 ? (
        <BodyShort>{t('person.historyEmpty')}</BodyShort>
      ) : (
        <VStack as="ol" gap="space-8" className="list-reset">
          {newestFirst.map((event) => {
            const date = formatDate(event.date, language);
            const label =
              event.kind === 'step'
                ? t('person.historyStep', { date, step: t(`step.short.${event.step}`) })
                : t('person.historyStatus', {
                    date,
                    status:
                      t(`status.${event.status}`) +
                      (event.status === 'closed' && event.outcome ? ` – ${tCode(`outcome.${event.outcome}`)}` : '') +
                      (event.status === 'closed' && event.endCause ? ` (${tCode(`endCause.${event.endCause}`)})` : ''),
                  });
            return (
              <li key={event.id}>
                <BodyShort>{label}</BodyShort>
                {event.reason && <Detail className="pre-wrap">{t('person.reason', { reason: event.reason })}</Detail>}
              </li>
            );
          })}
        </VStack>
      )}
    </VStack>
  );
}
