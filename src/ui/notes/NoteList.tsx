import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { Note } from '../../domain/note';
import { currentNotes, noteHistory } from '../../domain/noteRevisions';
import { paths } from '../app/paths';
import { LinkButton } from '../components/LinkButton';
import { useI18n } from '../i18n/I18nProvider';
import { NoteItem } from './NoteItem';

interface NoteListProps {
  jobseekerId: string;
  notes: Note[];
  /** Show at most this many, with a link to all of them. */
  limit?: number;
  /** Let each corrected note open its earlier versions (the full timeline). */
  showHistory?: boolean;
}

/** A person's notes as they stand now, newest first; a correction shows how many versions came before. */
export function NoteList({ jobseekerId, notes, limit, showHistory = false }: NoteListProps) {
  const { t } = useI18n();
  const current = currentNotes(notes);
  const shown = limit === undefined ? current : current.slice(0, limit);

  return (
    <VStack as="section" gap="space-12" aria-labelledby="notes-heading">
      <Heading level="2" size="medium" id="notes-heading">
        {t('notes.heading')}
      </Heading>
      {current.length === 0 ? (
        <VStack gap="space-8" align="start">
          <BodyShort>{t('notes.empty')}</BodyShort>
          <LinkButton to={paths.newNote(jobseekerId)} variant="secondary" size="small">
            {t('notes.writeFirst')}
          </LinkButton>
        </VStack>
      ) : (
        <VStack as="ol" gap="space-16" className="list-reset">
          {shown.map((note) => (
            <li key={note.rootId}>
              <NoteItem
                jobseekerId={jobseekerId}
                note={note}
                earlier={noteHistory(notes, note.rootId).filter((version) => version.id !== note.id && !version.deleted)}
                showHistory={showHistory}
              />
            </li>
          ))}
        </VStack>
      )}
      {limit !== undefined && current.length > 0 && (
        <LinkButton to={paths.notes(jobseekerId)} variant="tertiary" size="small">
          {t('notes.seeAll', { count: current.length })}
        </LinkButton>
      )}
    </VStack>
  );
}
