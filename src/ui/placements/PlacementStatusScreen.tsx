import { Alert, BodyShort, Loader, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { placements } from '../../data/placementRepository';
import { END_REASONS } from '../../domain/placement';
import { canChangePlacementStatus, type PlacementStatusChangeInput } from '../../domain/placementStatus';
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
import { usePlacementFile } from './queries';

type FormValues = { date: string; endReason: string; endNote: string };

/** [PLACEMENT-1] Start a planned placement, end one with a date and reason, or take an ended one up again. */
export function PlacementStatusScreen() {
  const { placementId = '', status: param } = useParams();
  const target = param === 'ended' ? 'ended' : 'ongoing';
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePlacementFile(placementId);
  const loaded = file !== undefined;
  const initial = useMemo<FormValues | undefined>(
    () => (loaded ? { date: today, endReason: '', endNote: '' } : undefined),
    [loaded, today],
  );
  const form = useDraftForm<FormValues>(`placement-status:${placementId}:${target}`, initial);

  const save = useCallback(() => {
    const values = form.values!;
    const input: PlacementStatusChangeInput = {
      status: target,
      date: values.date,
      endReason: values.endReason as 'quit',
      endNote: values.endNote,
    };
    return placements.changeStatus(placementId, input, today);
  }, [form.values, placementId, target, today]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.placement(placementId), { state: { flash: t('placementStatus.saved') } });
  }, [form, navigate, placementId, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('placement.notFound')} backTo={paths.caseload} />;
  const values = form.values;
  const back = paths.placement(placementId);
  const title = `${t(target === 'ended' ? 'placementStatus.endedTitle' : 'placementStatus.ongoingTitle')}: ${file.placement.jobTitle}`;
  if (!canChangePlacementStatus(file.placement.status, target))
    return (
      <VStack gap="space-16">
        <PageHeader title={title} backTo={back} />
        <Alert variant="warning">{t('error.statusNotAllowed')}</Alert>
      </VStack>
    );
  const reopening = file.placement.status === 'ended';
  const dateLabel = t(target === 'ended' ? 'placementStatus.endDate' : 'placementStatus.startDate');

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={title} backTo={back} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors
        codes={codes}
        labels={{ date: dateLabel, endReason: t('placementStatus.endReason'), status: t('placementForm.status') }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      {reopening ? (
        <BodyShort>{t('placementStatus.reopenHint')}</BodyShort>
      ) : (
        <DateField
          name="date"
          label={dateLabel}
          max={today}
          value={values.date}
          error={errorFor('date')}
          onChange={(value) => form.setField('date', value)}
        />
      )}
      {target === 'ended' && (
        <>
          <RadioGroup
            id={fieldId('endReason')}
            legend={t('placementStatus.endReason')}
            value={values.endReason}
            error={errorFor('endReason')}
            onChange={(value: string) => form.setField('endReason', value)}
          >
            {END_REASONS.map((reason) => (
              <Radio key={reason} value={reason}>
                {t(`endReason.${reason}`)}
              </Radio>
            ))}
          </RadioGroup>
          <Textarea
            id={fieldId('endNote')}
            label={t('placementStatus.endNote')}
            minRows={2}
            value={values.endNote}
            error={errorFor('endNote')}
            onChange={(event) => form.setField('endNote', event.target.value)}
          />
        </>
      )}
      <FormActions saving={saving} cancelTo={back} />
    </VStack>
  );
}
