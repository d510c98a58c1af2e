import { Alert, BodyShort, Loader, Radio, RadioGroup, Select, Textarea, VStack } from '@navikt/ds-react';
import { useCallback, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { cases } from '../../data/caseRepository';
import { END_CAUSES, OUTCOMES, outcomeForEndCause, type EndCause, type Outcome } from '../../domain/outcome';
import { canChangeStatus } from '../../domain/stepTransitions';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { FormActions } from '../components/FormActions';
import { usePersonFile } from './queries';

type Target = 'active' | 'passive' | 'closed';
type FormValues = { date: string; reason: string; resumeDate: string; outcome: string; endCause: string };

const TITLES: Record<Target, MessageKey> = {
  active: 'statusChange.activeTitle',
  passive: 'statusChange.passiveTitle',
  closed: 'statusChange.closedTitle',
};

/** [STATUS-1] Make active, pause with a resume date, close with an outcome, or reopen. */
export function StatusChangeScreen() {
  const { id = '', status: param } = useParams();
  const target: Target = param === 'passive' || param === 'closed' ? param : 'active';
  const { t } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const file = usePersonFile(id);
  const loaded = file !== undefined;
  const initial = useMemo<FormValues | undefined>(
    () => (loaded ? { date: today, reason: '', resumeDate: '', outcome: '', endCause: '' } : undefined),
    [loaded, today],
  );
  const form = useDraftForm<FormValues>(`status:${id}:${target}`, initial);

  const save = useCallback(() => {
    const values = form.values!;
    return cases.changeStatus(
      id,
      {
        status: target,
        date: values.date,
        reason: values.reason,
        resumeDate: values.resumeDate,
        outcome: (values.outcome || undefined) as Outcome | undefined,
        endCause: (values.endCause || undefined) as EndCause | undefined,
      },
      today,
    );
  }, [form.values, id, target, today]);
  const onSaved = useCallback(async () => {
    await form.clear();
    void navigate(paths.person(id), { state: { flash: t('common.saved') } });
  }, [form, navigate, id, t]);
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (file === undefined || !form.values) return <Loader title={t('common.loading')} />;
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  const values = form.values;
  const title = `${t(TITLES[target])}: ${file.jobseeker.name}`;
  if (!canChangeStatus(file.state.status, target))
    return (
      <VStack gap="space-16">
        <PageHeader title={title} backTo={paths.person(id)} />
        <Alert variant="warning">{t('error.statusNotAllowed')}</Alert>
      </VStack>
    );

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={title} backTo={paths.person(id)} />
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors
        codes={codes}
        labels={{
          date: t(target === 'closed' ? 'statusChange.endDate' : 'statusChange.date'),
          reason: t(target === 'passive' ? 'statusChange.passiveReason' : 'statusChange.reason'),
          resumeDate: t('statusChange.resumeDate'),
          outcome: t('statusChange.outcome'),
        }}
        summaryRef={summaryRef}
        writeFailed={writeFailed}
      />
      {target === 'active' && <BodyShort>{t('statusChange.activeHint')}</BodyShort>}
      <DateField
        name="date"
        label={t(target === 'closed' ? 'statusChange.endDate' : 'statusChange.date')}
        max={today}
        value={values.date}
        error={errorFor('date')}
        onChange={(value) => form.setField('date', value)}
      />
      {target === 'passive' && (
        <DateField
          name="resumeDate"
          label={t('statusChange.resumeDate')}
          description={t('statusChange.resumeHint')}
          min={values.date}
          value={values.resumeDate}
          error={errorFor('resumeDate')}
          onChange={(value) => form.setField('resumeDate', value)}
        />
      )}
      {target === 'closed' && (
        <>
          <Select
            id={fieldId('endCause')}
            label={t('statusChange.endCause')}
            value={values.endCause}
            onChange={(event) => {
              const cause = event.target.value as EndCause | '';
              form.setField('endCause', cause);
              if (cause && !values.outcome) form.setField('outcome', outcomeForEndCause(cause));
            }}
          >
            <option value="">{t('statusChange.endCauseNone')}</option>
            {END_CAUSES.map((cause) => (
              <option key={cause} value={cause}>
                {t(`endCause.${cause}`)}
              </option>
            ))}
          </Select>
          <RadioGroup
            id={fieldId('outcome')}
            legend={t('statusChange.outcome')}
            value={values.outcome}
            error={errorFor('outcome')}
            onChange={(value: string) => form.setField('outcome', value)}
          >
            {OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome}>
                {t(`outcome.${outcome}`)}
              </Radio>
            ))}
          </RadioGroup>
        </>
      )}
      <Textarea
        id={fieldId('reason')}
        label={t(target === 'passive' ? 'statusChange.passiveReason' : 'statusChange.reason')}
        value={values.reason}
        error={errorFor('reason')}
        minRows={2}
        onChange={(event) => form.setField('reason', event.target.value)}
      />
      <FormActions saving={saving} cancelTo={paths.person(id)} />
    </VStack>
  );
}
