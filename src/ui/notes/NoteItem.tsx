import { PencilIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Button, Detail, HStack, Heading, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { MeetingStatus, Note } from '../../domain/note';
import { paths } from '../app/paths';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { EarlierVersions } from './EarlierVersions';

const STATUS_VARIANTS: Record<MeetingStatus, 'info' | 'success' | 'warning' | 'neutral'> = {
  open: 'info',
  completed: 'success',
  'no-show': 'warning',
  cancelled: 'neutral',
};

interface NoteItemProps {
  jobseekerId: string;
  note: Note;
  /** Earlier revisions of this note, newest first. */
  earlier: Note[];
  showHistory: boolean;
}

/** One note as it stands now: when, what kind, the text, the next follow-up, and a way to correct it. */
export function NoteItem({ jobseekerId, note, earlier, showHistory }: NoteItemProps) {
  const { t, language } = useI18n();
  const headingId = `note-${note.rootId}`;
  const date = formatDate(note.date, language);
  const when = note.time ? t('notes.at', { date, time: note.time }) : date;
  const details = [
    t(`channel.${note.channel}`),
    t(`step.short.${note.step}`),
    ...(note.durationMinutes === '' ? [] : [t('notes.minutes', { minutes: note.durationMinutes })]),
  ];

  return (
    <Box
      as="article"
      aria-labelledby={headingId}
      borderWidth="0 0 0 4"
      borderColor="neutral-subtle"
      paddingInline="space-12"
      paddingBlock="space-4"
    >
      <VStack gap="space-8" align="start">
        <Heading level="3" size="xsmall" id={headingId}>
          {`${when} – ${t(`meetingType.${note.meetingType}`)}`}
        </Heading>
        <HStack gap="space-8" align="center" wrap>
          <Tag size="small" variant={STATUS_VARIANTS[note.status]}>
            {t(`meetingStatus.${note.status}`)}
          </Tag>
          <Detail>{details.join(' · ')}</Detail>
        </HStack>
        <BodyLong className="pre-wrap">{note.text}</BodyLong>
        {note.nextFollowUp && (
          <BodyShort size="small">{t('notes.nextFollowUpOn', { date: formatDate(note.nextFollowUp, language) })}</BodyShort>
        )}
        {earlier.length > 0 && (
          <Tag size="small" variant="neutral">
            {earlier.length === 1 ? t('notes.correctedOne') : t('notes.correctedMany', { count: earlier.length })}
          </Tag>
        )}
        {showHistory && earlier.length > 0 && <EarlierVersions versions={earlier} />}
        <Button
          as={RouterLink}
          to={paths.correctNote(jobseekerId, note.id)}
          role="link"
          variant="tertiary"
          size="small"
          icon={<PencilIcon aria-hidden />}
          aria-describedby={headingId}
        >
          {t('notes.correct')}
        </Button>
      </VStack>
    </Box>
  );
}
