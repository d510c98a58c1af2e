import { BodyLong, BodyShort, Box, Heading, VStack } from '@navikt/ds-react';
import type { FollowUpVisit } from '../../domain/followUpVisit';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';

/** The follow-up visits of a placement, newest first. */
export function VisitList({ visits }: { visits: FollowUpVisit[] }) {
  const { t, language } = useI18n();
  if (visits.length === 0) return <BodyShort>{t('placement.visitsEmpty')}</BodyShort>;
  return (
    <VStack as="ol" gap="space-16" className="list-reset">
      {visits.map((visit) => (
        <li key={visit.id}>
          <Box
            as="article"
            aria-labelledby={`visit-${visit.id}`}
            borderWidth="0 0 0 4"
            borderColor="neutral-subtle"
            paddingInline="space-12"
          >
            <VStack gap="space-4">
              <Heading level="3" size="xsmall" id={`visit-${visit.id}`}>
                {`${formatDate(visit.date, language)} – ${t(`visitPlace.${visit.place}`)}`}
              </Heading>
              {visit.withWhom.length > 0 && (
                <BodyShort size="small">
                  {t('placement.visitWith', { people: visit.withWhom.map((person) => t(`visitPerson.${person}`)).join(', ') })}
                </BodyShort>
              )}
              <BodyLong className="pre-wrap">{visit.note}</BodyLong>
              {visit.nextFollowUp && (
                <BodyShort size="small">{t('placement.visitNext', { date: formatDate(visit.nextFollowUp, language) })}</BodyShort>
              )}
            </VStack>
          </Box>
        </li>
      ))}
    </VStack>
  );
}
