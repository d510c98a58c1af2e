import { Checkbox, Fieldset, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { jobseekers } from '../../data/jobseekerRepository';
import type { Jobseeker, JobseekerInput } from '../../domain/jobseeker';
import { MAIN_GOALS } from '../../domain/jobseeker';
import { formatPhone } from '../../domain/validation';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { DuplicateWarning } from './DuplicateWarning';
import { FormActions } from '../components/FormActions';
import { useJobseeker, useSimilarJobseekers } from './queries';

type FormValues = Required<Omit<JobseekerInput, 'mainGoal'>> & { mainGoal: string };

function toFormValues(person: Jobseeker | null, today: string): FormValues {
  return {
    name: person?.name ?? '',
    phone: person?.phone ? formatPhone(person.phone) : '',
    email: person?.email ?? '',
    address: person?.address ?? '',
    referralDate: person?.referralDate ?? today,
    counsellorName: person?.counsellorName ?? '',
    counsellorOffice: person?.counsellorOffice ?? '',
    counsellorPhone: person?.counsellorPhone ? formatPhone(person.counsellorPhone) : '',
    mainGoal: person?.mainGoal ?? 'job',
    goalText: person?.goalText ?? '',
  };
}

/** Add a new jobseeker, or edit one (`/personer/:id/rediger`). */
export function JobseekerFormScreen() {
  const { id } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const existing = useJobseeker(id);
  const initial = useMemo(() => (existing === undefined ? undefined : toFormValues(existing, today)), [existing, today]);
  const form = useDraftForm<FormValues>(id ? `jobseeker:${id}` : 'jobseeker:new', initial);
  const [confirmedDuplicate, setConfirmedDuplicate] = useState(false);
  // The name the duplicate check stopped; typing another name lifts the block.
  const [blockedName, setBlockedName] = useState<string | null>(null);
  const blockedByDuplicate = blockedName !== null && blockedName === form.values?.name;
  const similar = useSimilarJobseekers(form.values?.name, id);

  const save = useCallback(async () => {
    const input = form.values as JobseekerInput;
    if (!id && (similar?.length ?? 0) > 0 && !confirmedDuplicate) {
      setBlockedName(input.name);
      return { ok: false as const, errors: { duplicate: 'jobseeker.duplicateMustConfirm' } };
    }
    return id ? jobseekers.update(id, input, today) : jobseekers.add(input, today);
  }, [form.values, id, today, similar, confirmedDuplicate]);

  const onSaved = useCallback(
    async (person: Jobseeker) => {
      await form.clear();
      void navigate(paths.person(person.id), { replace: !id, state: { flash: t('jobseeker.saved', { name: person.name }) } });
    },
    [form, navigate, id, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (existing === null && id) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const values = form.values;
  if (!values) return <p>{t('common.loading')}</p>;
  const field = (name: keyof FormValues) => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) => form.setField(name, event.target.value),
  });
  const labels: Record<string, string> = {
    name: t('jobseeker.name'),
    phone: t('jobseeker.phone'),
    email: t('jobseeker.email'),
    referralDate: t('jobseeker.referralDate'),
    counsellorPhone: t('jobseeker.counsellorPhone'),
    mainGoal: t('jobseeker.mainGoal'),
    duplicate: t('jobseeker.name'),
  };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <PageHeader title={id ? t('jobseeker.editTitle') : t('jobseeker.newTitle')} backTo={id ? paths.person(id) : paths.caseload} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <TextField label={t('jobseeker.name')} autoComplete="off" {...field('name')} />
      {!id && similar && similar.length > 0 && (
        <DuplicateWarning people={similar} blocked={blockedByDuplicate}>
          <Checkbox
            id={fieldId('duplicate')}
            checked={confirmedDuplicate}
            onChange={(event) => setConfirmedDuplicate(event.target.checked)}
          >
            {t('jobseeker.duplicateConfirm')}
          </Checkbox>
        </DuplicateWarning>
      )}
      <TextField label={t('jobseeker.phone')} type="tel" inputMode="tel" autoComplete="off" {...field('phone')} />
      <TextField label={t('jobseeker.email')} type="email" inputMode="email" autoComplete="off" {...field('email')} />
      <Textarea label={t('jobseeker.address')} minRows={2} autoComplete="off" {...field('address')} />
      <DateField
        label={t('jobseeker.referralDate')}
        name="referralDate"
        max={today}
        value={values.referralDate}
        error={errorFor('referralDate')}
        onChange={(value) => form.setField('referralDate', value)}
      />
      <RadioGroup
        id={fieldId('mainGoal')}
        legend={t('jobseeker.mainGoal')}
        value={values.mainGoal}
        error={errorFor('mainGoal')}
        onChange={(value: string) => form.setField('mainGoal', value)}
      >
        {MAIN_GOALS.map((goal) => (
          <Radio key={goal} value={goal}>
            {t(`mainGoal.${goal}`)}
          </Radio>
        ))}
      </RadioGroup>
      <Textarea label={t('jobseeker.goalText')} minRows={2} {...field('goalText')} />
      <Fieldset legend={t('jobseeker.counsellor')}>
        <VStack gap="space-16">
          <TextField label={t('jobseeker.counsellorName')} autoComplete="off" {...field('counsellorName')} />
          <TextField label={t('jobseeker.counsellorOffice')} autoComplete="off" {...field('counsellorOffice')} />
          <TextField label={t('jobseeker.counsellorPhone')} type="tel" inputMode="tel" autoComplete="off" {...field('counsellorPhone')} />
        </VStack>
      </Fieldset>
      <FormActions saving={saving} cancelTo={id ? paths.person(id) : paths.caseload} />
    </VStack>
  );
}
