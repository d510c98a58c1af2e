import { BodyShort, Button, HStack, Loader, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { visitLog, type LoggedVisit } from '../../data/visitLog';
import { MEETING_TYPES } from '../../domain/note';
import { placementForVisit } from '../../domain/quickLog';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/formatDate';
import { NextFollowUpField } from '../placements/NextFollowUpField';
import { VisitFields } from '../placements/VisitFields';
import { currentTime, logsPlacementVisit, startValues, toVisitLogInput, type QuickLogValues } from './quickLogValues';
import './quickLog.css';
import { useInitialValues } from '../components/useInitialValues';
import { usePersonFile } from '../jobseeker/queries';
import { usePersonPlacements } from '../placements/queries';

/**
 * Step 2 of the quick log (`/logg/:id`, `?fra=person` from a person page):
 * the likely type, today's date and time and the follow-up are filled in and
 * the text has the focus, so typing and one tap on "Lagre" logs the visit.
 * It writes a note, and a follow-up visit when it is a workplace visit on an
 * ongoing placement; the save is confirmed on the next screen.
 */
export function QuickLogFormScreen() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t, language } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const work = usePersonPlacements(id);
  const [openedAt] = useState(() => currentTime());
  const loaded = file !== undefined && work !== undefined;
  const likely = useMemo(() => (work ? placementForVisit(work.placements, work.visits, today) : null), [work, today]);
  // What the form starts from is fixed when it opens; later changes to the data must not reset it.
  const initial = useInitialValues<QuickLogValues>(loaded, () => startValues(today, openedAt, likely), `${today}|${openedAt}`);
  const form = useDraftForm<QuickLogValues>(`quicklog:${id}`, initial);
  const back = search.get('fra') === 'person' ? paths.person(id) : paths.caseload;

  const save = useCallback(
    () => visitLog.save(id, toVisitLogInput(form.values!, file?.state.step ?? null), today),
    [form.values, file, id, today],
  );
  const onSaved = useCallback(
    async ({ note }: LoggedVisit) => {
      await form.clear();
      const name = file?.jobseeker.name ?? '';
      const flash = note.nextFollowUp
        ? t('quickLog.saved', { name, date: formatDate(note.nextFollowUp, language) })
        : t('quickLog.savedNoFollowUp', { name });
      void navigate(back, { replace: true, state: { flash } });
    },
    [form, file, navigate, back, t, language],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.quickLog} />;
  if (!file || !work || !form.values) return <Loader title={t('common.loading')} />;
  const values = form.values;
  const ongoing = work.placements.filter((placement) => placement.status === 'ongoing');
  const chosen = ongoing.find((placement) => placement.id === values.placementId);
  const labels = {
    meetingType: t('quickLog.type'),
    text: t('quickLog.text'),
    date: t('quickLog.date'),
    time: t('quickLog.time'),
    nextFollowUp: t('notes.followUpDateLabel'),
    place: t('visitForm.place'),
    'withWhom.0': t('visitForm.withWhom'),
  };

  return (
    <VStack gap="space-20" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('quickLog.formTitle', { name: file.jobseeker.name })} backTo={paths.quickLog} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <Select
        id={fieldId('meetingType')}
        label={t('quickLog.type')}
        value={values.meetingType}
        error={errorFor('meetingType')}
        onChange={(event) => form.setField('meetingType', event.target.value)}
      >
        {MEETING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`meetingType.${type}`)}
          </option>
        ))}
      </Select>
      {values.meetingType === 'workplace-visit' && ongoing.length > 1 && (
        <Select
          id={fieldId('placementId')}
          label={t('quickLog.placement')}
          value={values.placementId}
          onChange={(event) => form.setField('placementId', event.target.value)}
        >
          {ongoing.map((placement) => (
            <option key={placement.id} value={placement.id}>
              {t('placement.title', {
                job: placement.jobTitle,
                employer: work.employerNames.get(placement.employerId) ?? t('placement.unknownEmployer'),
              })}
            </option>
          ))}
        </Select>
      )}
      {logsPlacementVisit(values) && chosen && (
        <BodyShort size="small">
          {t('quickLog.placementHint', {
            job: chosen.jobTitle,
            employer: work.employerNames.get(chosen.employerId) ?? t('placement.unknownEmployer'),
          })}
        </BodyShort>
      )}
      {/* The text is what the user came to write, often by dictation: it has the focus from the start. */}
      <Textarea
        id={fieldId('text')}
        label={t('quickLog.text')}
        description={t('quickLog.textHint')}
        minRows={5}
        autoFocus
        value={values.text}
        error={errorFor('text')}
        onChange={(event) => form.setField('text', event.target.value)}
      />
      <NextFollowUpField
        values={values}
        error={errorFor('nextFollowUp')}
        onChange={(followUp, followUpDate) => {
          form.setField('followUp', followUp);
          form.setField('followUpDate', followUpDate);
        }}
      />
      <HStack gap="space-16" wrap>
        <DateField
          name="date"
          label={t('quickLog.date')}
          max={today}
          value={values.date}
          error={errorFor('date')}
          onChange={(value) => form.setField('date', value)}
        />
        <TextField
          id={fieldId('time')}
          label={t('quickLog.time')}
          type={'time' as 'text'}
          autoComplete="off"
          htmlSize={8}
          value={values.time}
          error={errorFor('time')}
          onChange={(event) => form.setField('time', event.target.value)}
        />
      </HStack>
      {logsPlacementVisit(values) && (
        <details className="quick-log-details" open={codes.place || codes['withWhom.0'] ? true : undefined}>
          <summary>{t('quickLog.moreDetails')}</summary>
          <VisitFields
            place={values.place}
            withWhom={values.withWhom}
            onPlace={(place) => form.setField('place', place)}
            onWithWhom={(people) => form.setField('withWhom', people)}
            errorFor={errorFor}
          />
        </details>
      )}
      <HStack gap="space-8" className="sticky-actions">
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => navigate(back)}>
          {t('common.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
