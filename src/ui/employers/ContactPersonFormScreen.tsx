import { Button, Checkbox, HStack, Loader, TextField, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { contactPersons } from '../../data/employerRepository';
import type { ContactPerson, ContactPersonInput } from '../../domain/employer';
import { formatPhone } from '../../domain/validation';
import { paths } from '../app/paths';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import './texts';
import { useContactPerson, useEmployerFile } from './queries';

type FormValues = Required<ContactPersonInput>;

function toFormValues(person: ContactPerson | null): FormValues {
  return {
    name: person?.name ?? '',
    role: person?.role ?? '',
    phone: person?.phone ? formatPhone(person.phone) : '',
    email: person?.email ?? '',
    decisionMaker: person?.decisionMaker ?? false,
  };
}

/** Add a contact person at an employer, or edit one. */
export function ContactPersonFormScreen() {
  const { id = '', personId } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const file = useEmployerFile(id);
  const person = useContactPerson(personId);
  const loaded = file !== undefined && person !== undefined;
  const initial = useMemo(() => (loaded ? toFormValues(person) : undefined), [loaded, person]);
  const form = useDraftForm<FormValues>(`contactPerson:${id}:${personId ?? 'new'}`, initial);

  const save = useCallback(
    () => (personId ? contactPersons.update(personId, form.values!) : contactPersons.add(id, form.values!)),
    [form.values, id, personId],
  );
  const onSaved = useCallback(
    async (saved: ContactPerson) => {
      await form.clear();
      void navigate(paths.employer(id), { state: { flash: t('contactPersonForm.saved', { name: saved.name }) } });
    },
    [form, navigate, id, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (!loaded) return <Loader title={t('common.loading')} />;
  if (file === null || (personId && person === null)) return <PageHeader title={t('employer.notFound')} backTo={paths.employers} />;
  const values = form.values;
  if (!values) return <Loader title={t('common.loading')} />;
  const field = (name: Exclude<keyof FormValues, 'decisionMaker'>) => ({
    id: fieldId(name),
    value: values[name],
    error: errorFor(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => form.setField(name, event.target.value),
  });
  const title = personId ? t('contactPersonForm.editTitle') : t('contactPersonForm.newTitle', { employer: file.employer.name });

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={title} backTo={paths.employer(id)} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors
        codes={codes}
        labels={{ name: t('contactPersonForm.name'), phone: t('contactPersonForm.phone'), email: t('contactPersonForm.email') }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      <TextField label={t('contactPersonForm.name')} {...field('name')} />
      <TextField label={t('contactPersonForm.role')} description={t('contactPersonForm.roleHint')} {...field('role')} />
      <TextField label={t('contactPersonForm.phone')} type="tel" inputMode="tel" {...field('phone')} />
      <TextField label={t('contactPersonForm.email')} type="email" inputMode="email" {...field('email')} />
      <Checkbox
        id={fieldId('decisionMaker')}
        checked={values.decisionMaker}
        onChange={(event) => form.setField('decisionMaker', event.target.checked)}
        description={t('contactPersonForm.decisionMakerHint')}
      >
        {t('contactPersonForm.decisionMaker')}
      </Checkbox>
      <HStack gap="space-8" className="sticky-actions">
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => navigate(paths.employer(id))}>
          {t('common.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
