import { Button, HStack, Loader, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { employerContacts } from '../../data/employerContactRepository';
import {
  EMPLOYER_CONTACT_OUTCOMES,
  EMPLOYER_CONTACT_PURPOSES,
  type EmployerContact,
  type EmployerContactInput,
} from '../../domain/employerContact';
import { CHANNELS } from '../../domain/note';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import { ChosenPeopleConsent } from './ChosenPeopleConsent';
import { EmployerPicker } from './EmployerPicker';
import { JobseekerPicker } from './JobseekerPicker';
import { MetWithFields } from './MetWithFields';
import './texts';
import { useEmployers } from './queries';
import { useJobseekers } from '../jobseeker/queries';

export type ContactFormValues = {
  employerId: string;
  date: string;
  channel: string;
  purpose: string;
  jobseekerIds: string[];
  contactPersonIds: string[];
  metWith: string;
  outcome: string;
  followUpDate: string;
  note: string;
};

/**
 * Log an employer contact (`/arbeidsgiverkontakt/ny?arbeidsgiver=…&person=…`),
 * from an employer's page (employer chosen), a jobseeker's page (person
 * ticked) or on its own. Goes back where it came from.
 */
export function EmployerContactFormScreen() {
  const [params] = useSearchParams();
  const employerParam = params.get('arbeidsgiver') ?? '';
  const personParam = params.get('person') ?? '';
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const employers = useEmployers();
  const people = useJobseekers();
  const initial = useMemo<ContactFormValues>(
    () => ({
      employerId: employerParam,
      date: today,
      channel: '',
      purpose: personParam ? 'jobseekers' : '',
      jobseekerIds: personParam ? [personParam] : [],
      contactPersonIds: [],
      metWith: '',
      outcome: '',
      followUpDate: '',
      note: '',
    }),
    [employerParam, personParam, today],
  );
  const form = useDraftForm<ContactFormValues>(`employerContact:${employerParam}:${personParam}`, initial);
  const cancelTo = personParam ? paths.person(personParam) : employerParam ? paths.employer(employerParam) : paths.employers;

  const save = useCallback(() => employerContacts.add(form.values as EmployerContactInput, today), [form.values, today]);
  const onSaved = useCallback(
    async (contact: EmployerContact) => {
      await form.clear();
      void navigate(personParam ? paths.person(personParam) : paths.employer(contact.employerId), {
        state: { flash: t('employerContactForm.saved') },
      });
    },
    [form, navigate, personParam, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  const values = form.values;
  if (!values || employers === undefined || people === undefined) return <Loader title={t('common.loading')} />;
  const set = form.setField;
  const labels: Record<string, string> = {
    employerId: t('employerContactForm.employer'),
    date: t('employerContactForm.date'),
    channel: t('employerContactForm.channel'),
    purpose: t('employerContactForm.purpose'),
    jobseekerIds: t('jobseekerPicker.legend'),
    outcome: t('employerContactForm.outcome'),
    followUpDate: t('employerContactForm.followUp'),
  };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={t('employerContactForm.title')} backTo={cancelTo} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <EmployerPicker
        employers={employers}
        value={values.employerId}
        label={t('employerContactForm.employer')}
        noneLabel={t('employerContactForm.chooseEmployer')}
        error={errorFor('employerId')}
        onChange={(employerId) => {
          set('employerId', employerId);
          set('contactPersonIds', []);
        }}
      />
      <DateField
        name="date"
        label={t('employerContactForm.date')}
        max={today}
        value={values.date}
        error={errorFor('date')}
        onChange={(value) => set('date', value)}
      />
      <RadioGroup
        id={fieldId('channel')}
        legend={t('employerContactForm.channel')}
        value={values.channel}
        error={errorFor('channel')}
        onChange={(value: string) => set('channel', value)}
      >
        {CHANNELS.map((channel) => (
          <Radio key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        id={fieldId('purpose')}
        legend={t('employerContactForm.purpose')}
        value={values.purpose}
        error={errorFor('purpose')}
        onChange={(value: string) => set('purpose', value)}
      >
        {EMPLOYER_CONTACT_PURPOSES.map((purpose) => (
          <Radio key={purpose} value={purpose}>
            {t(`employerContact.purpose.${purpose}`)}
          </Radio>
        ))}
      </RadioGroup>
      {values.purpose === 'jobseekers' && (
        <>
          <JobseekerPicker
            people={people}
            value={values.jobseekerIds}
            error={errorFor('jobseekerIds')}
            onChange={(ids) => set('jobseekerIds', ids)}
          />
          <ChosenPeopleConsent people={people} ids={values.jobseekerIds} />
        </>
      )}
      <MetWithFields
        employerId={values.employerId}
        contactPersonIds={values.contactPersonIds}
        metWith={values.metWith}
        onContactPersonsChange={(ids) => set('contactPersonIds', ids)}
        onMetWithChange={(text) => set('metWith', text)}
      />
      <RadioGroup
        id={fieldId('outcome')}
        legend={t('employerContactForm.outcome')}
        value={values.outcome}
        error={errorFor('outcome')}
        onChange={(value: string) => set('outcome', value)}
      >
        {EMPLOYER_CONTACT_OUTCOMES.map((outcome) => (
          <Radio key={outcome} value={outcome}>
            {t(`employerContactOutcome.${outcome}`)}
          </Radio>
        ))}
      </RadioGroup>
      <DateField
        name="followUpDate"
        label={t('employerContactForm.followUp')}
        min={values.date}
        value={values.followUpDate}
        error={errorFor('followUpDate')}
        onChange={(value) => set('followUpDate', value)}
      />
      <Textarea
        id={fieldId('note')}
        label={t('employerContactForm.note')}
        minRows={3}
        value={values.note}
        error={errorFor('note')}
        onChange={(event) => set('note', event.target.value)}
      />
      <HStack gap="space-8" className="sticky-actions">
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => navigate(cancelTo)}>
          {t('common.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
