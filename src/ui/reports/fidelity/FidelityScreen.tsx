import '@navikt/ds-css/dist/component/readmore.css';
import '@navikt/ds-css/dist/component/table.css';
import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, Loader, Radio, RadioGroup, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../../domain/dates';
import { toCsv } from '../../../domain/reports/csv';
import { employerContactsPerWeekMeasure } from '../../../domain/reports/fidelity/employerContactsPerWeek';
import { fidelityReport, type FidelityReport } from '../../../domain/reports/fidelity/fidelityReport';
import { defaultFidelityPeriod, type FidelityPeriod } from '../../../domain/reports/fidelity/period';
import { timeInStepsMeasure } from '../../../domain/reports/fidelity/timeInSteps';
import { paths } from '../../app/paths';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { useToday } from '../../components/today';
import { formatDate } from '../../i18n/formatDate';
import { BarChart } from '../BarChart';
import { downloadFile } from '../downloadFile';
import { useReportsI18n, type ReportsI18n } from '../useReportsI18n';
import { fidelityCsvRows } from './fidelityCsv';
import { fidelitySections, formatNumber } from './fidelitySections';
import { FidelityTable } from './FidelityTable';
import '../reports.css';
import { useFidelitySources } from './queries';
import { useIdentity, useSession } from '../../app/queries';

type Scope = 'mine' | 'team';

/** "Uke 36", with the year only when the period spans more than one. */
function weekLabeller(weeks: FidelityReport['weeks'], { t }: Pick<ReportsI18n, 't'>) {
  const severalYears = new Set(weeks.map((week) => week.year)).size > 1;
  return (week: FidelityReport['weeks'][number]) =>
    severalYears ? t('fidelity.weekOfYear', { week: week.week, year: week.year }) : t('fidelity.week', { week: week.week });
}

/**
 * `/rapporter/troskap`: the IPS fidelity measures for a chosen period, for
 * "my" work or the team's with a row per specialist ([FID-UI-1]). The
 * choices live in the address, like the outcome table's.
 */
export function FidelityScreen() {
  const i18n = useReportsI18n();
  const { t, language } = i18n;
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const fallback = defaultFidelityPeriod(today);
  const fromParam = params.get('fra') ?? '';
  const toParam = params.get('til') ?? '';
  const from = isIsoDate(fromParam) ? fromParam : fallback.from;
  const to = isIsoDate(toParam) ? toParam : fallback.to;
  const period: FidelityPeriod = useMemo(() => ({ from, to }), [from, to]);
  const periodValid = period.from <= period.to;
  const scope: Scope = params.get('hvem') === 'team' ? 'team' : 'mine';
  const sources = useFidelitySources(period);
  const identity = useIdentity();
  const session = useSession();

  const view = useMemo(() => {
    if (!sources || !identity || session === undefined || !periodValid) return undefined;
    const report = fidelityReport(sources, period, scope === 'team' ? { kind: 'team' } : { kind: 'mine', userId: identity.userId });
    const members = new Map((session?.members ?? []).map((member) => [member.id, member.name]));
    const unknown = report.specialists.map((row) => row.specialistId).filter((id) => id !== identity.userId && !members.has(id));
    const nameOf = (id: string) =>
      id === identity.userId ? t('fidelity.me') : (members.get(id) ?? t('fidelity.colleague', { n: unknown.indexOf(id) + 1 }));
    // Me first, then colleagues by name.
    report.specialists.sort((a, b) =>
      a.specialistId === identity.userId
        ? -1
        : b.specialistId === identity.userId
          ? 1
          : nameOf(a.specialistId).localeCompare(nameOf(b.specialistId), 'nb'),
    );
    const periodText = t('fidelity.periodText', { from: formatDate(period.from, language), to: formatDate(period.to, language) });
    const names = new Map(sources.people.map((person) => [person.jobseeker.id, person.jobseeker.name]));
    return { report, specs: fidelitySections(report, nameOf, periodText, i18n), periodText, names };
  }, [sources, identity, session, periodValid, period, scope, t, language, i18n]);

  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  const controls = (
    <VStack gap="space-16" className="no-print">
      <DateField
        name="from"
        label={t('fidelity.from')}
        description={t('fidelity.periodHint')}
        value={period.from}
        onChange={(value) => isIsoDate(value) && choose('fra', value)}
      />
      <DateField
        name="to"
        label={t('fidelity.to')}
        value={period.to}
        error={periodValid ? undefined : t('fidelity.periodError')}
        onChange={(value) => isIsoDate(value) && choose('til', value)}
      />
      <RadioGroup
        legend={t('reports.scope')}
        description={t('fidelity.scopeHint')}
        value={scope}
        onChange={(value: Scope) => choose('hvem', value)}
      >
        <Radio value="mine">{t('reports.scope.mine')}</Radio>
        <Radio value="team">{t('reports.scope.team')}</Radio>
      </RadioGroup>
    </VStack>
  );
  const header = (
    <PageHeader title={t('fidelity.title')} backTo={paths.reports}>
      <BodyShort>{t('fidelity.intro')}</BodyShort>
    </PageHeader>
  );

  if (!periodValid)
    return (
      <VStack gap="space-32">
        {header}
        {controls}
      </VStack>
    );
  if (!view) return <Loader title={t('common.loading')} />;

  const { report, specs, periodText, names } = view;
  const bySpec = new Map(specs.map((spec) => [spec.id, spec]));
  const who = t(`fidelity.scopeWho.${scope}`);
  const weekLabel = weekLabeller(report.weeks, i18n);
  const download = () =>
    downloadFile(
      t('fidelity.csvFile', { from: period.from, to: period.to }),
      toCsv(fidelityCsvRows(specs, report, { scope: t(`reports.scope.${scope}`), weekLabel }, i18n)),
      'text/csv;charset=utf-8',
    );

  return (
    <VStack gap="space-32">
      {header}
      {controls}

      <FidelityTable spec={bySpec.get('caseload')!} />

      <FidelityTable spec={bySpec.get('firstEmployerContact')!}>
        <FirstContactPeople report={report} names={names} />
      </FidelityTable>

      <FidelityTable spec={bySpec.get('employerContactsPerWeek')!}>
        <BodyShort size="small">
          {t('fidelity.employerContactsPerWeek.chartTarget', {
            who,
            value: employerContactsPerWeekMeasure.target.value * report.specialists.length,
            specialists: report.specialists.length,
          })}
        </BodyShort>
        <BarChart
          title={t('fidelity.caption', { title: t('fidelity.employerContactsPerWeek.chart'), period: periodText })}
          bars={report.weeks.map((week) => ({ label: weekLabel(week), value: week.faceToFace }))}
          labelHeader={t('fidelity.column.week')}
          valueHeader={t('fidelity.column.count')}
        />
      </FidelityTable>

      <FidelityTable spec={bySpec.get('outOfOffice')!} />
      <FidelityTable spec={bySpec.get('followUpFirstMonth')!} />
      <FidelityTable spec={bySpec.get('jobRetention')!} />

      <StepTimes report={report} who={who} periodText={periodText} />

      <div className="no-print">
        <Button variant="secondary" icon={<DownloadIcon aria-hidden />} onClick={download}>
          {t('fidelity.downloadCsv')}
        </Button>
      </div>
    </VStack>
  );
}

/** Per jobseeker: the days to the first face-to-face employer contact, behind a "show" so the page stays short. */
function FirstContactPeople({ report, names }: { report: FidelityReport; names: ReadonlyMap<string, string> }) {
  const i18n = useReportsI18n();
  const { t, language } = i18n;
  const rows = report.firstContactRows
    .map((row) => ({ ...row, name: names.get(row.jobseekerId) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return (
    <ReadMore header={t('fidelity.firstEmployerContact.perPerson')} size="small">
      {rows.length === 0 ? (
        <BodyShort size="small">{t('fidelity.firstEmployerContact.noPeople')}</BodyShort>
      ) : (
        <Table size="small" className="report-table">
          <caption className="visually-hidden">{t('fidelity.firstEmployerContact.personCaption')}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('fidelity.firstEmployerContact.personColumn')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {t('fidelity.firstEmployerContact.daysColumn')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('fidelity.firstEmployerContact.column')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.jobseekerId}>
                <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
                <Table.DataCell className="number">
                  {row.days === null ? t('fidelity.firstEmployerContact.none') : formatNumber(row.days, language)}
                </Table.DataCell>
                <Table.DataCell>{t(row.withinTarget ? 'common.yes' : 'common.no')}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </ReadMore>
  );
}

/** Median and average days in each step, for whose cases the report covers: two columns, to fit a 320 px screen. */
function StepTimes({ report, who, periodText }: { report: FidelityReport; who: string; periodText: string }) {
  const i18n = useReportsI18n();
  const { t, language } = i18n;
  const days = (value: number | null) => (value === null ? t('fidelity.noData') : formatNumber(value, language));
  return (
    <VStack as="section" gap="space-12" aria-labelledby="fidelity-steps-heading">
      <Heading level="2" size="medium" id="fidelity-steps-heading">
        {t('fidelity.timeInSteps.title')}
      </Heading>
      <BodyShort>{t('fidelity.timeInSteps.target', { who })}</BodyShort>
      <Table size="small" className="report-table fidelity-table">
        <caption>{t('fidelity.timeInSteps.caption', { period: periodText })}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('reports.column.step')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {t('fidelity.timeInSteps.median')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {report.steps.map((step) => (
            <Table.Row key={step.step}>
              <Table.HeaderCell scope="row">
                {t(`step.short.${step.step}`)}
                <div className="fidelity-table__detail">{t('fidelity.timeInSteps.stays', { count: step.stays })}</div>
              </Table.HeaderCell>
              <Table.DataCell className="number">
                {days(step.medianDays)}
                {step.averageDays !== null && (
                  <div className="fidelity-table__detail">{t('fidelity.timeInSteps.averageDetail', { days: days(step.averageDays) })}</div>
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ReadMore header={t('fidelity.how')} size="small">
        {t(timeInStepsMeasure.how)}
      </ReadMore>
    </VStack>
  );
}
