import { Alert, BodyShort, Button, HStack, Loader, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useCallback } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { reports } from '../../data/reportRepository';
import { isFinal, REPORT_SECTIONS, type ReportFields, type ReportKind } from '../../domain/reports/navReport';
import { reportFacts, reportPeriod } from '../../domain/reports/reportFacts';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { DraftNotice } from '../components/DraftNotice';
import { FormErrors, fieldId } from '../components/FormErrors';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { useDraftForm } from '../components/useDraftForm';
import { useSaveForm } from '../components/useSaveForm';
import { reportDraft } from './reportDraft';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';
import { useInitialValues } from '../components/useInitialValues';
import { useReport, useReportSources } from './queries';

const fieldsOf = ({
  kind,
  periodFrom,
  periodTo,
  recipient,
  goal,
  steps,
  activities,
  employerWork,
  status,
  assessment,
}: ReportFields): ReportFields => ({
  kind,
  periodFrom,
  periodTo,
  recipient,
  goal,
  steps,
  activities,
  employerWork,
  status,
  assessment,
});

/**
 * A new report to the NAV counsellor (`/personer/:id/rapport/ny?type=underveis|slutt`),
 * prefilled from the log, or a draft edited (`/personer/:id/rapport/:reportId/rediger`).
 * A shared report is final and opens read-only instead ([REPORT-3]).
 */
export function ReportFormScreen() {
  const { id = '', reportId } = useParams();
  const [params] = useSearchParams();
  const i18n = useReportsI18n();
  const { t } = i18n;
  const today = useToday();
  const navigate = useNavigate();
  const sources = useReportSources(id);
  const existing = useReport(reportId ?? '');
  const kind: ReportKind = reportId && existing ? existing.kind : params.get('type') === 'slutt' ? 'final' : 'interim';
  const loaded = sources !== undefined && sources !== null && (!reportId || (existing !== undefined && existing !== null));

  const prefill = useCallback(
    (period?: { from: string; to: string }) =>
      reportDraft(kind, sources!.jobseeker, reportFacts(sources!, period ?? reportPeriod(kind, sources!, today)), i18n),
    [kind, sources, today, i18n],
  );
  // Prefilled once: a later sync must not reset what is being typed.
  const initial = useInitialValues<ReportFields>(loaded, () => (existing ? fieldsOf(existing) : prefill()), existing?.id ?? '');
  const form = useDraftForm<ReportFields>(reportId ? `report:${reportId}` : `report:new:${id}:${kind}`, initial);

  const save = useCallback(() => reports.save(id, form.values!, reportId), [form.values, id, reportId]);
  const onSaved = useCallback(
    async (saved: { id: string }) => {
      await form.clear();
      void navigate(paths.report(id, saved.id), { replace: true, state: { flash: t('report.savedDraft') } });
    },
    [form, navigate, id, t],
  );
  const { submit, saving, codes, errorFor, writeFailed, summaryRef } = useSaveForm(save, onSaved);

  if (sources === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (reportId && existing === null) return <PageHeader title={t('report.notFound')} backTo={paths.person(id)} />;
  if (!sources || !form.values) return <Loader title={t('common.loading')} />;
  const title = t(reportId ? 'report.editTitle' : 'report.newTitle', { kind: t(`report.kind.${kind}`), name: sources.jobseeker.name });
  if (existing && isFinal(existing))
    return (
      <VStack gap="space-16">
        <PageHeader title={title} backTo={paths.report(id, existing.id)} />
        <Alert variant="info">{t('report.final')}</Alert>
      </VStack>
    );

  const values = form.values;
  const labels: Record<string, string> = {
    periodFrom: t('report.periodFrom'),
    periodTo: t('report.periodTo'),
    recipient: t('report.recipient'),
    ...Object.fromEntries(REPORT_SECTIONS.map((section) => [section, t(`report.section.${section}`)])),
  };
  const refill = () => {
    const fresh = prefill({ from: values.periodFrom, to: values.periodTo });
    for (const section of ['steps', 'activities', 'employerWork', 'status'] as const) form.setField(section, fresh[section]);
  };

  return (
    <VStack gap="space-24" as="form" onSubmit={submit} noValidate>
      <PageHeader title={title} backTo={existing ? paths.report(id, existing.id) : paths.person(id)}>
        <BodyShort>{t('report.intro')}</BodyShort>
      </PageHeader>
      <DraftNotice restoredAt={form.restoredAt} onDiscard={form.discard} />
      <FormErrors codes={codes} labels={labels} summaryRef={summaryRef} writeFailed={writeFailed} />
      <HStack gap="space-16" wrap>
        <DateField
          name="periodFrom"
          label={labels.periodFrom!}
          max={today}
          value={values.periodFrom}
          error={errorFor('periodFrom')}
          onChange={(value) => form.setField('periodFrom', value)}
        />
        <DateField
          name="periodTo"
          label={labels.periodTo!}
          value={values.periodTo}
          error={errorFor('periodTo')}
          onChange={(value) => form.setField('periodTo', value)}
        />
      </HStack>
      <div>
        <Button type="button" variant="tertiary" size="small" onClick={refill}>
          {t('report.refill')}
        </Button>
      </div>
      <TextField
        id={fieldId('recipient')}
        label={labels.recipient}
        value={values.recipient}
        error={errorFor('recipient')}
        onChange={(event) => form.setField('recipient', event.target.value)}
      />
      {REPORT_SECTIONS.map((section) => (
        <Textarea
          key={section}
          id={fieldId(section)}
          label={labels[section]}
          value={values[section]}
          error={errorFor(section)}
          minRows={section === 'goal' || section === 'status' ? 2 : 4}
          onChange={(event) => form.setField(section, event.target.value)}
        />
      ))}
      <HStack gap="space-8" className="sticky-actions">
        <Button type="submit" loading={saving}>
          {t('report.saveDraft')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => navigate(existing ? paths.report(id, existing.id) : paths.person(id))}>
          {t('common.cancel')}
        </Button>
      </HStack>
    </VStack>
  );
}
