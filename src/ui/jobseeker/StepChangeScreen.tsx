import { Alert, Loader, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { cases } from '../../data/caseRepository';
import { isSeStep, SE_STEPS, type SeStep } from '../../domain/seSteps';
import { isMovingBack } from '../../domain/stepTransitions';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { FormActions } from '../components/FormActions';
import { usePersonFile } from './queries';

type FormValues = { step: string; date: string; reason: string };

/** [STEP-2] Move forward or back a step; moving back asks why. */
export function StepChangeScreen() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const current = file?.state.step ?? null;
  const loaded = file !== undefined;
  const initial = useMemo<FormValues | undefined>(
    () => (loaded ? { step: String(Math.min((current ?? 0) + 1, 5)), date: today, reason: '' } : undefined),
    [loaded, current, today],
  );
  const form = useDraftForm<FormValues>(`step:${id}`, initial);
  const target = Number(form.values?.step);
  const back = file && isSeStep(target) ? isMovingBack(file.state, target) : false;

  const save = useCallback(
    () => cases.changeStep(id, { step: target as SeStep, date: form.values!.date, reason: form.values!.reason }, today),
    [id, target, form.values, today],
  );
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { state: { flash: t('step.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const values = form.values;

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('step.changeTitle', { name: file.jobseeker.name })} backTo={paths.person(id)} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors
        codes={codes}
        labels={{ step: t('step.target'), date: t('step.date'), reason: t('step.reason') }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      <RadioGroup
        id={fieldId('step')}
        legend={t('step.target')}
        value={values.step}
        error={errorFor('step')}
        onChange={(value: string) => form.setField('step', value)}
      >
        {SE_STEPS.map((step) => (
          <Radio
            key={step}
            value={String(step)}
            description={step === current ? t('person.currentStep', { step: String(step) }) : undefined}
          >
            {`${step}. ${t(`step.${step}`)}`}
          </Radio>
        ))}
      </RadioGroup>
      {back && (
        <Alert variant="info" size="small">
          {t('step.backHint')}
        </Alert>
      )}
      <DateField
        name="date"
        label={t('step.date')}
        max={today}
        value={values.date}
        error={errorFor('date')}
        onChange={(value) => form.setField('date', value)}
      />
      <Textarea
        id={fieldId('reason')}
        label={back ? t('step.reasonBack') : t('step.reason')}
        value={values.reason}
        error={errorFor('reason')}
        minRows={3}
        onChange={(event) => form.setField('reason', event.target.value)}
      />
      <FormActions saving={saving} cancelTo={paths.person(id)} />
    </VStack>
  );
}
