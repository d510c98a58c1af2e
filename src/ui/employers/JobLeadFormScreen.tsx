import { Alert, Button, HStack, Loader, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { jobLeads } from '../../data/jobLeadRepository';
import { JOB_LEAD_STATUSES, presentsJobseeker, type JobLead, type JobLeadInput, type JobLeadStatus } from '../../domain/jobLead';
import { canPresentToEmployer } from '../../domain/presentingConsent';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { ConsentNotice } from './ConsentNotice';
import { EmployerPicker } from './EmployerPicker';
import './texts';
import { useEmployers, useJobLead } from './queries';
import { usePersonFile } from '../jobseeker/queries';

type FormValues = Required<JobLeadInput>;

function toFormValues(lead: JobLead | null, today: string): FormValues {
  return {
    employerId: lead?.employerId ?? '',
    employerName: lead?.employerName ?? '',
    jobTitle: lead?.jobTitle ?? '',
    source: lead?.source ?? '',
    status: lead?.status ?? 'idea',
    date: lead?.date ?? today,
  };
}

/**
 * Register a job lead for a jobseeker, or change one (its status above all).
 * [CONSENT-1] What may and may not be told to an employer is always on
 * screen here, with a warning in words when the person may not be presented.
 */
export function JobLeadFormScreen() {
  const { id = '', leadId } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const lead = useJobLead(leadId);
  const employers = useEmployers();
  const loaded = file !== undefined && lead !== undefined && employers !== undefined;
  const initial = useMemo(() => (loaded ? toFormValues(lead, today) : undefined), [loaded, lead, today]);
  const form = useDraftForm<FormValues>(`jobLead:${id}:${leadId ?? 'new'}`, initial);

  const save = useCallback(() => {
    const values = form.values!;
    const input = { ...values, employerName: values.employerId ? '' : values.employerName };
    return leadId ? jobLeads.update(leadId, input, today) : jobLeads.add(id, input, today);
  }, [form.values, id, leadId, today]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { state: { flash: t('jobLeadForm.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (!loaded || !form.values) return <Loader title={t('common.loading')} />;
  if (file === null || (leadId && lead === null)) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const values = form.values;
  const name = file.jobseeker.name;
  const consent = canPresentToEmployer(file.agreement);
  const text = (field: 'employerName' | 'jobTitle' | 'source') => ({
    id: fieldId(field),
    value: values[field],
    error: errorFor(field),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => form.setField(field, event.target.value),
  });

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t(leadId ? 'jobLeadForm.editTitle' : 'jobLeadForm.newTitle', { name })} backTo={paths.person(id)} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors
        codes={codes}
        labels={{ employerName: t('jobLeadForm.employerName'), jobTitle: t('jobLeadForm.jobTitle'), date: t('jobLeadForm.date') }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      <ConsentNotice consent={consent} name={name} />
      <EmployerPicker
        employers={employers}
        value={values.employerId}
        label={t('jobLeadForm.employer')}
        noneLabel={t('jobLeadForm.notInRegister')}
        onChange={(employerId) => form.setField('employerId', employerId)}
      />
      {values.employerId === '' && (
        <TextField label={t('jobLeadForm.employerName')} description={t('jobLeadForm.employerNameHint')} {...text('employerName')} />
      )}
      <TextField label={t('jobLeadForm.jobTitle')} {...text('jobTitle')} />
      <TextField label={t('jobLeadForm.source')} description={t('jobLeadForm.sourceHint')} {...text('source')} />
      <RadioGroup
        id={fieldId('status')}
        legend={t('jobLeadForm.status')}
        value={values.status}
        error={errorFor('status')}
        onChange={(value: JobLeadStatus) => form.setField('status', value)}
      >
        {JOB_LEAD_STATUSES.map((status) => (
          <Radio key={status} value={status}>
            {t(`jobLeadStatus.${status}`)}
          </Radio>
        ))}
      </RadioGroup>
      {presentsJobseeker(values.status) && !consent.allowed && (
        <Alert variant="warning" size="small">
          {t('jobLeadForm.presentingWithoutConsent', { name, status: t(`jobLeadStatus.${values.status}`) })}
        </Alert>
      )}
      <DateField
        name="date"
        label={t('jobLeadForm.date')}
        max={today}
        value={values.date}
        error={errorFor('date')}
        onChange={(value) => form.setField('date', value)}
      />
      <HStack gap="space-8" className="sticky-actions">
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => navigate(paths.person(id))}>
          {t('common.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
