import { BodyLong, Loader, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { agreements } from '../../data/agreementRepository';
import type { Agreement, AgreementInput } from '../../domain/agreement';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { CollaboratorsField, type CollaboratorValues } from './CollaboratorsField';
import { TextListField } from '../components/TextListField';
import { FormActions } from '../components/FormActions';
import { usePersonFile } from '../jobseeker/queries';

type FormValues = {
  signedDate: string;
  /** '' until the person has answered: the answer is required, never assumed. */
  mayContactEmployers: '' | 'yes' | 'no';
  mayShare: string[];
  mustNotShare: string[];
  collaborators: CollaboratorValues[];
  sharedGoal: string;
};

function toFormValues(agreement: Agreement | undefined, today: string): FormValues {
  return {
    signedDate: agreement?.signedDate ?? today,
    mayContactEmployers: agreement === undefined ? '' : agreement.mayContactEmployers ? 'yes' : 'no',
    mayShare: agreement?.mayShare ?? [],
    mustNotShare: agreement?.mustNotShare ?? [],
    collaborators: agreement?.collaborators.map(({ name, role }) => ({ name, role })) ?? [],
    sharedGoal: agreement?.sharedGoal ?? '',
  };
}

/** Rows added but left empty are dropped on save rather than refused: they hold nothing. */
function withoutEmptyRows(values: FormValues): FormValues {
  return {
    ...values,
    mayShare: values.mayShare.filter((item) => item.trim() !== ''),
    mustNotShare: values.mustNotShare.filter((item) => item.trim() !== ''),
    collaborators: values.collaborators.filter((person) => person.name.trim() !== '' || person.role.trim() !== ''),
  };
}

function toInput({ mayContactEmployers, ...rest }: FormValues): AgreementInput {
  // An unanswered question goes to the schema as missing, so it is refused with "Må fylles ut".
  const consent = mayContactEmployers === '' ? undefined : mayContactEmployers === 'yes';
  return { ...rest, mayContactEmployers: consent as boolean };
}

function errorLabels(values: FormValues, t: I18n['t']): Record<string, string> {
  const labels: Record<string, string> = {
    signedDate: t('agreement.signedDate'),
    mayContactEmployers: t('agreement.consent'),
    sharedGoal: t('agreement.sharedGoal'),
  };
  values.mayShare.forEach((_, i) => (labels[`mayShare.${i}`] = t('agreement.mayShareItem', { n: i + 1 })));
  values.mustNotShare.forEach((_, i) => (labels[`mustNotShare.${i}`] = t('agreement.mustNotShareItem', { n: i + 1 })));
  values.collaborators.forEach((_, i) => {
    const who = t('agreement.collaborator', { n: i + 1 });
    labels[`collaborators.${i}.name`] = `${who}, ${t('agreement.collaboratorName')}`;
    labels[`collaborators.${i}.role`] = `${who}, ${t('agreement.collaboratorRole')}`;
  });
  return labels;
}

/** Step 1: the collaboration agreement and consent (`/personer/:id/samarbeidsavtale`). */
export function AgreementFormScreen() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const loaded = file !== undefined;
  const agreement = file?.agreement;
  const initial = useMemo(() => (loaded ? toFormValues(agreement, today) : undefined), [loaded, agreement, today]);
  const form = useDraftForm<FormValues>(`agreement:${id}`, initial);

  const save = useCallback(() => {
    const values = withoutEmptyRows(form.values!);
    (['mayShare', 'mustNotShare', 'collaborators'] as const).forEach((list) => {
      if (values[list].length !== form.values![list].length) form.setField(list, values[list]);
    });
    return agreements.save(id, toInput(values), today);
  }, [form, id, today]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { state: { flash: t('agreement.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  const values = form.values;

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('agreement.title', { name: file.jobseeker.name })} backTo={paths.person(id)}>
        <BodyLong>{t('agreement.intro')}</BodyLong>
      </PageHeader>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={errorLabels(values, t)} summaryRef={summaryRef} writeFailed={writeFailed} />
      <DateField
        name="signedDate"
        label={t('agreement.signedDate')}
        max={today}
        value={values.signedDate}
        error={errorFor('signedDate')}
        onChange={(value) => form.setField('signedDate', value)}
      />
      <RadioGroup
        id={fieldId('mayContactEmployers')}
        legend={t('agreement.consent')}
        description={t('agreement.consentDescription')}
        value={values.mayContactEmployers}
        error={errorFor('mayContactEmployers')}
        onChange={(value: 'yes' | 'no') => form.setField('mayContactEmployers', value)}
      >
        <Radio value="yes">{t('agreement.consentYes')}</Radio>
        <Radio value="no">{t('agreement.consentNo')}</Radio>
      </RadioGroup>
      <TextListField
        name="mayShare"
        legend={t('agreement.mayShare')}
        description={t('agreement.mayShareDescription')}
        items={values.mayShare}
        onChange={(items) => form.setField('mayShare', items)}
        itemLabel={(n) => t('agreement.mayShareItem', { n })}
        addLabel={t('agreement.mayShareAdd')}
        errorFor={errorFor}
      />
      <TextListField
        name="mustNotShare"
        legend={t('agreement.mustNotShare')}
        description={t('agreement.mustNotShareDescription')}
        items={values.mustNotShare}
        onChange={(items) => form.setField('mustNotShare', items)}
        itemLabel={(n) => t('agreement.mustNotShareItem', { n })}
        addLabel={t('agreement.mustNotShareAdd')}
        errorFor={errorFor}
      />
      <CollaboratorsField items={values.collaborators} onChange={(items) => form.setField('collaborators', items)} errorFor={errorFor} />
      <Textarea
        id={fieldId('sharedGoal')}
        label={t('agreement.sharedGoal')}
        description={t('agreement.sharedGoalDescription')}
        value={values.sharedGoal}
        error={errorFor('sharedGoal')}
        minRows={2}
        onChange={(event) => form.setField('sharedGoal', event.target.value)}
      />
      <FormActions saving={saving} cancelTo={paths.person(id)} />
    </VStack>
  );
}
