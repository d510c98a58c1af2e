import { Loader, VStack } from '@navikt/ds-react';
import { useCallback } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { placements } from '../../data/placementRepository';
import type { Placement } from '../../domain/placement';
import { paths } from '../app/paths';
import { DraftNotice } from '../components/DraftNotice';
import { FormActions } from '../components/FormActions';
import { FormErrors } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n, type I18n } from '../i18n/I18nProvider';
import { EmployerFields } from './EmployerFields';
import { JobFields } from './JobFields';
import { newPlacementValues, toDetailsInput, toNewInput, valuesFromPlacement, type PlacementFormValues } from './placementFormValues';
import { PlanFields } from './PlanFields';
import { SupportFields } from './SupportFields';
import { useInitialValues } from '../components/useInitialValues';
import { useEmployerChoices, usePlacementFormSubject } from './queries';

function errorLabels(t: I18n['t']): Record<string, string> {
  return {
    employerId: t('placementForm.employer'),
    contactPersonId: t('placementForm.contactPerson'),
    jobTitle: t('placementForm.jobTitle'),
    employmentForm: t('placementForm.employmentForm'),
    percent: t('placementForm.percent'),
    hoursPerWeek: t('placementForm.hoursPerWeek'),
    hourlyWage: t('placementForm.hourlyWage'),
    startDate: t('placementForm.startDate'),
    plannedEndDate: t('placementForm.plannedEndDate'),
    status: t('placementForm.status'),
    supportOther: t('placementForm.supportOther'),
    mentorPhone: t('placementForm.mentorPhone'),
    followUpEveryDays: t('placementForm.everyDays'),
  };
}

/**
 * Record a placement (`/personer/:id/formidlinger/ny`, `?arbeidsgiver=` to
 * start with an employer) or edit one (`/formidlinger/:placementId/rediger`).
 * Saving a new one never moves the person's step: the placement page then
 * asks whether to move them to step 5.
 */
export function PlacementFormScreen() {
  const { id: personParam, placementId } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const subject = usePlacementFormSubject(placementId, personParam);
  const existing = subject?.placement;
  const personId = personParam ?? (existing ? existing.jobseekerId : '');
  const person = subject?.person;
  const choices = useEmployerChoices();
  const employerParam = search.get('arbeidsgiver') ?? '';
  const loaded = placementId ? existing != null : person !== undefined;
  // An edit starts from the placement as it was opened; a later sync must not reset what is being typed.
  const initial = useInitialValues<PlacementFormValues>(
    loaded,
    () => (existing ? valuesFromPlacement(existing) : newPlacementValues(today, employerParam)),
    `${existing?.id ?? ''}|${today}|${employerParam}`,
  );
  const form = useDraftForm<PlacementFormValues>(placementId ? `placement:edit:${placementId}` : `placement:new:${personId}`, initial);

  const save = useCallback(() => {
    const values = form.values!;
    return placementId ? placements.update(placementId, toDetailsInput(values)) : placements.add(personId, toNewInput(values), today);
  }, [form.values, placementId, personId, today]);
  const onSaved = useCallback(
    async (saved: Placement) => {
      await form.clear();
      void navigate(paths.placement(saved.id), {
        replace: !placementId,
        state: placementId ? { flash: t('placementForm.saved') } : { offerStepFive: true },
      });
    },
    [form, navigate, placementId, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (existing === null) return <PageHeader title={t('placement.notFound')} backTo={paths.caseload} />;
  if (person === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (!person || !form.values || !choices) return <Loader title={t('common.loading')} />;
  const values = form.values;
  const back = placementId ? paths.placement(placementId) : paths.person(personId);
  const fieldProps = { values, setField: form.setField, errorFor };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t(placementId ? 'placementForm.editTitle' : 'placementForm.newTitle', { name: person.name })} backTo={back} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={errorLabels(t)} summaryRef={summaryRef} writeFailed={writeFailed} />
      <EmployerFields {...fieldProps} choices={choices} />
      <JobFields {...fieldProps} isNew={!placementId} />
      <PlanFields {...fieldProps} />
      <SupportFields {...fieldProps} />
      <FormActions saving={saving} cancelTo={back} />
    </VStack>
  );
}
