// This component's Aksel styles load with its screen, not with the app shell.
import '@navikt/ds-css/dist/component/readmore.css';
import { BodyLong, Detail, ReadMore, VStack } from '@navikt/ds-react';
import { toIsoDate } from '../../domain/dates';
import { parseHlc } from '../../domain/hlc';
import type { Note } from '../../domain/note';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate, formatTime } from '../i18n/formatDate';

/** The earlier texts of a corrected note, newest first, each with when it was written. */
export function EarlierVersions({ versions }: { versions: Note[] }) {
  const { t, language } = useI18n();
  return (
    <ReadMore header={t('notes.earlierVersions', { count: versions.length })} size="small">
      <VStack as="ol" gap="space-16" className="list-reset">
        {versions.map((version) => {
          // The clock stamp of a revision is when it was written on its device.
          const written = new Date(parseHlc(version.updatedAt).wall);
          return (
            <li key={version.id}>
              <Detail weight="semibold">
                {t('notes.writtenAt', { date: formatDate(toIsoDate(written), language), time: formatTime(written, language) })}
              </Detail>
              <Detail>
                {[formatDate(version.date, language), t(`meetingType.${version.meetingType}`), t(`meetingStatus.${version.status}`)].join(
                  ' · ',
                )}
              </Detail>
              <BodyLong size="small" className="pre-wrap">
                {version.text}
              </BodyLong>
            </li>
          );
        })}
      </VStack>
    </ReadMore>
  );
}
