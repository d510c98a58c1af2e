import { Alert, Loader, VStack } from '@navikt/ds-react';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { notes } from '../../data/noteRepository';
import type { Note } from '../../domain/note';
import { noteHistory } from '../../domain/noteRevisions';
import { paths } from '../app/paths';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { NoteFields } from './NoteFields';
import { newNoteValues, sameAsNote, toNoteInput, valuesFromNote, type NoteFormValues } from './noteFormValues';
import { FormActions } from '../components/FormActions';
import { useInitialValues } from '../components/useInitialValues';
import { usePersonFile } from '../jobseeker/queries';

/** The revision to correct: the newest of the note's revisions, even if an older one was linked. */
function latestRevision(all: readonly Note[], noteId: string): Note | null {
  const linked = all.find((note) => note.id === noteId && !note.deleted);
  return linked ? (noteHistory(all, linked.rootId).find((note) => !note.deleted) ?? null) : null;
}

/**
 * Write a note (`/personer/:id/notater/ny`) or correct one
 * (`/personer/:id/notater/:noteId/rett`). A correction is a new revision:
 * the earlier text stays in the history.
 */
export function NoteFormScreen() {
  const { id = '', noteId } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const target = file && noteId ? latestRevision(file.notes, noteId) : null;
  const loaded = file !== undefined && file !== null && (!noteId || target !== null);
  const currentStep = file?.state.step ?? null;
  // A correction starts from the revision it corrects; a later sync must not reset what is being typed.
  const initial = useInitialValues<NoteFormValues>(
    loaded,
    () => (target ? valuesFromNote(target) : newNoteValues(today, currentStep)),
    `${target?.id ?? ''}|${today}|${currentStep ?? ''}`,
  );
  const form = useDraftForm<NoteFormValues>(noteId ? `note:correct:${noteId}` : `note:new:${id}`, initial);

  const save = useCallback(async () => {
    const values = form.values!;
    if (target && sameAsNote(values, target)) return { ok: false as const, errors: { form: 'notes.noChanges' } };
    const input = toNoteInput(values);
    return target ? notes.correct(target.id, input, today) : notes.add(id, input, today);
  }, [form.values, target, id, today]);

  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { replace: true, state: { flash: t('notes.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (file && noteId && !target) return <PageHeader title={t('notes.noteNotFound')} backTo={paths.notes(id)} />;
  if (!file || !form.values) return <Loader title={t('common.loading')} />;
  const values = form.values;

  // A held meeting dated ahead gets a message that says what to do instead.
  const heldInFuture = codes.date === 'error.dateInFuture';
  const shownCodes = heldInFuture ? { ...codes, date: 'notes.heldMeetingInFuture' } : codes;
  const errorText = (field: string) => (field === 'date' && heldInFuture ? t('notes.heldMeetingInFuture') : errorFor(field));
  const labels: Record<string, string> = {
    date: t('notes.date'),
    time: t('notes.time'),
    meetingType: t('notes.meetingType'),
    channel: t('notes.channel'),
    status: t('notes.status'),
    durationMinutes: t('notes.duration'),
    step: t('notes.step'),
    text: t('notes.text'),
    nextFollowUp: t('notes.followUpDateLabel'),
  };
  const name = file.jobseeker.name;
  const back = target ? paths.notes(id) : paths.person(id);

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={target ? t('notes.correctTitle', { name }) : t('notes.newTitle', { name })} backTo={back} />
      {target && (
        <Alert variant="info" size="small">
          {t('notes.correctInfo')}
        </Alert>
      )}
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={shownCodes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <NoteFields values={values} setField={form.setField} errorFor={errorText} />
      <FormActions saving={saving} cancelTo={back} />
    </VStack>
  );
}
