import { BodyShort, Loader, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { visitLog } from '../../data/visitLog';
import type { VisitPerson, VisitPlace } from '../../domain/followUpVisit';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormActions } from '../components/FormActions';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { NextFollowUpField, resolveFollowUp, type NextFollowUpChoice } from './NextFollowUpField';
import { VisitFields } from './VisitFields';
import { usePlacementFile } from './queries';

type FormValues = {
  date: string;
  place: VisitPlace | '';
  withWhom: VisitPerson[];
  text: string;
  followUp: NextFollowUpChoice;
  followUpDate: string;
};

/**
 * Log a follow-up on or off the job for a placement
 * (`/formidlinger/:placementId/oppfolging/ny`). It is also written as a
 * note on the person's timeline, so the caseload sees the contact.
 */
export function FollowUpVisitFormScreen() {
  const { placementId = '' } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePlacementFile(placementId);
  const loaded = file !== undefined;
  const initial = useMemo<FormValues | undefined>(
    () =>
      loaded ? { date: today, place: 'on-the-job', withWhom: ['jobseeker'], text: '', followUp: 'none', followUpDate: '' } : undefined,
    [loaded, today],
  );
  const form = useDraftForm<FormValues>(`visit:new:${placementId}`, initial);

  const save = useCallback(() => {
    const values = form.values!;
    const { jobseeker, state } = file!;
    return visitLog.save(
      jobseeker.id,
      {
        note: {
          date: values.date,
          meetingType: values.place === 'off-the-job' ? 'jobseeker-meeting' : 'workplace-visit',
          channel: 'in-person',
          status: 'completed',
          step: state.step ?? 1,
          text: values.text,
          nextFollowUp: resolveFollowUp(values),
        },
        visit: { placementId, place: values.place, withWhom: values.withWhom },
      },
      today,
    );
  }, [form.values, file, placementId, today]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.placement(placementId), { replace: true, state: { flash: t('visitForm.saved') } });
  }, [form, navigate, placementId, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('placement.notFound')} backTo={paths.caseload} />;
  const values = form.values;
  const back = paths.placement(placementId);
  const labels = {
    date: t('visitForm.date'),
    place: t('visitForm.place'),
    'withWhom.0': t('visitForm.withWhom'),
    text: t('visitForm.note'),
    nextFollowUp: t('notes.followUpDateLabel'),
  };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('visitForm.title', { job: file.placement.jobTitle })} backTo={back}>
        <BodyShort>{t('visitForm.onTimeline', { name: file.jobseeker.name })}</BodyShort>
      </PageHeader>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <DateField
        name="date"
        label={t('visitForm.date')}
        max={today}
        value={values.date}
        error={errorFor('date')}
        onChange={(value) => form.setField('date', value)}
      />
      <VisitFields
        place={values.place}
        withWhom={values.withWhom}
        onPlace={(place) => form.setField('place', place)}
        onWithWhom={(people) => form.setField('withWhom', people)}
        errorFor={errorFor}
      />
      <Textarea
        id={fieldId('text')}
        label={t('visitForm.note')}
        description={t('visitForm.noteHint')}
        minRows={5}
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
      <FormActions saving={saving} cancelTo={back} />
    </VStack>
  );
}
