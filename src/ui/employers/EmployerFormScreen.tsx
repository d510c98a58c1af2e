import { Button, HStack, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { employers } from '../../data/employerRepository';
import { RELATIONSHIP_STATUSES, type Employer, type EmployerInput } from '../../domain/employer';
import { formatOrgnr } from '../../domain/orgnr';
import { formatPhone } from '../../domain/validation';
import { paths } from '../app/paths';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import './texts';
import { useEmployer } from './queries';

type FormValues = Required<EmployerInput>;

function toFormValues(employer: Employer | null): FormValues {
  return {
    name: employer?.name ?? '',
    orgnr: employer?.orgnr ? formatOrgnr(employer.orgnr) : '',
    industry: employer?.industry ?? '',
    address: employer?.address ?? '',
    phone: employer?.phone ? formatPhone(employer.phone) : '',
    web: employer?.web ?? '',
    notes: employer?.notes ?? '',
    relationship: employer?.relationship ?? 'new',
  };
}

/** Add an employer to the register (`/arbeidsgivere/ny`), or edit one (`/arbeidsgivere/:id/rediger`). */
export function EmployerFormScreen() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const existing = useEmployer(id);
  const initial = useMemo(() => (existing === undefined ? undefined : toFormValues(existing)), [existing]);
  const form = useDraftForm<FormValues>(id ? `employer:${id}` : 'employer:new', initial);

  const save = useCallback(() => (id ? employers.update(id, form.values!) : employers.add(form.values!)), [form.values, id]);
  const onSaved = useCallback(
    async (employer: Employer) => {
      await form.clear();
      void navigate(paths.employer(employer.id), { replace: !id, state: { flash: t('employerForm.saved', { name: employer.name }) } });
    },
    [form, navigate, id, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);
  const back = id ? paths.employer(id) : paths.employers;

  if (id && existing === null) return <PageHeader title={t('employer.notFound')} backTo={paths.employers} />;
  const values = form.values;
  if (!values) return <p>{t('common.loading')}</p>;
  const field = (name: Exclude<keyof FormValues, 'relationship'>) => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => form.setField(name, event.target.value),
  });
  const labels: Record<string, string> = {
    name: t('employerForm.name'),
    orgnr: t('employerForm.orgnr'),
    phone: t('employerForm.phone'),
    web: t('employerForm.web'),
    relationship: t('employerForm.relationship'),
  };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={id ? t('employerForm.editTitle') : t('employerForm.newTitle')} backTo={back} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <TextField label={t('employerForm.name')} {...field('name')} />
      <TextField label={t('employerForm.orgnr')} description={t('employerForm.orgnrHint')} inputMode="numeric" {...field('orgnr')} />
      <RadioGroup
        id={fieldId('relationship')}
        legend={t('employerForm.relationship')}
        value={values.relationship}
        error={errorFor('relationship')}
        onChange={(value: FormValues['relationship']) => form.setField('relationship', value)}
      >
        {RELATIONSHIP_STATUSES.map((status) => (
          <Radio key={status} value={status}>
            {t(`relationship.${status}`)}
          </Radio>
        ))}
      </RadioGroup>
      <TextField label={t('employerForm.industry')} {...field('industry')} />
      <Textarea label={t('employerForm.address')} minRows={2} {...field('address')} />
      <TextField label={t('employerForm.phone')} type="tel" inputMode="tel" {...field('phone')} />
      <TextField label={t('employerForm.web')} inputMode="url" {...field('web')} />
      <Textarea label={t('employerForm.notes')} minRows={3} {...field('notes')} />
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
