import { DownloadIcon, TasklistIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Heading, Loader, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../domain/dates';
import { toCsv } from '../../domain/reports/csv';
import { outcomeTable } from '../../domain/reports/outcomeTable';
import { isMine } from '../../domain/reports/responsible';
import { stepFunnel } from '../../domain/reports/stepFunnel';
import { paths } from '../app/paths';
import { DateField } from '../components/DateField';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { formatDate } from '../i18n/formatDate';
import { BarChart } from './BarChart';
import { CountTable } from './CountTable';
import { downloadFile } from './downloadFile';
import { outcomeCsvRows } from './outcomeCsv';
import { outcomeSections, type CountTableSpec } from './outcomeSections';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';
import { useCaseLogs } from './queries';
import { useIdentity } from '../app/queries';

type Scope = 'mine' | 'team';

const bars = (spec: CountTableSpec | undefined) => (spec?.rows ?? []).map((row) => ({ label: row.label, value: row.count }));

/**
 * The KLAR table (DOMAIN.md, "Outcomes") for a chosen date, for "my"
 * jobseekers or the team's, with the step funnel, charts and a CSV file
 * for Excel. The choices live in the address, so a view can be bookmarked.
 */
export function OutcomeScreen() {
  const i18n = useReportsI18n();
  const { t, language } = i18n;
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const dateParam = params.get('dato') ?? '';
  const date = isIsoDate(dateParam) ? dateParam : today;
  const scope: Scope = params.get('hvem') === 'team' ? 'team' : 'mine';
  const logs = useCaseLogs();
  const identity = useIdentity();

  const specs = useMemo(() => {
    if (!logs || !identity) return undefined;
    const chosen = scope === 'team' ? logs : logs.filter((log) => isMine(log.jobseeker, identity.userId));
    return outcomeSections(outcomeTable(chosen, date), stepFunnel(chosen, date), formatDate(date, language), i18n);
  }, [logs, identity, scope, date, language, i18n]);

  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  if (!specs) return <Loader title={t('common.loading')} />;
  const bySpec = new Map(specs.map((spec) => [spec.id, spec]));
  const followed = bySpec.get('status')?.total?.count ?? 0;
  const scopeText = t(`reports.scope.${scope}`);

  const download = () =>
    downloadFile(t('reports.csvFile', { date }), toCsv(outcomeCsvRows(specs, { date, scope: scopeText }, i18n)), 'text/csv;charset=utf-8');

  return (
    <VStack gap="space-32">
      <PageHeader title={t('reports.title')} backTo={paths.caseload}>
        <BodyShort>{t('reports.intro')}</BodyShort>
      </PageHeader>
      <div className="no-print">
        <LinkButton to={`${paths.fidelity}${scope === 'team' ? '?hvem=team' : ''}`} variant="secondary" icon={<TasklistIcon aria-hidden />}>
          {t('fidelity.link')}
        </LinkButton>
      </div>
      <VStack gap="space-16" className="no-print">
        <DateField
          name="date"
          label={t('reports.date')}
          description={t('reports.dateHint')}
          value={date}
          onChange={(value) => isIsoDate(value) && choose('dato', value)}
        />
        <RadioGroup
          legend={t('reports.scope')}
          description={t('reports.scopeHint')}
          value={scope}
          onChange={(value: Scope) => choose('hvem', value)}
        >
          <Radio value="mine">{t('reports.scope.mine')}</Radio>
          <Radio value="team">{t('reports.scope.team')}</Radio>
        </RadioGroup>
      </VStack>

      <VStack as="section" gap="space-16" aria-labelledby="outcome-heading">
        <Heading level="2" size="medium" id="outcome-heading">
          {t('reports.outcomeHeading')}
        </Heading>
        {followed === 0 && (
          <Alert variant="info" size="small">
            {t('reports.noData')}
          </Alert>
        )}
        <BodyShort>{t('reports.followedHint')}</BodyShort>
        <CountTable spec={bySpec.get('status')!} />
        <CountTable spec={bySpec.get('ended')!} />
        <BarChart
          title={t('reports.outcomeChart')}
          bars={bars(bySpec.get('ended'))}
          labelHeader={t('reports.column.outcome')}
          valueHeader={t('reports.column.count')}
        />
        <CountTable spec={bySpec.get('full-time')!} />
        <BodyShort size="small">{t('reports.fullTimeHint')}</BodyShort>
      </VStack>

      <VStack as="section" gap="space-16" aria-labelledby="steps-heading">
        <Heading level="2" size="medium" id="steps-heading">
          {t('reports.stepHeading')}
        </Heading>
        <CountTable spec={bySpec.get('steps')!} />
      </VStack>

      <VStack as="section" gap="space-16" aria-labelledby="funnel-heading">
        <Heading level="2" size="medium" id="funnel-heading">
          {t('reports.funnelHeading')}
        </Heading>
        <BodyShort>{t('reports.funnelHint')}</BodyShort>
        <BarChart
          title={bySpec.get('funnel')!.caption}
          bars={bars(bySpec.get('funnel'))}
          labelHeader={t('reports.column.step')}
          valueHeader={t('reports.column.count')}
        />
      </VStack>

      <div className="no-print">
        <Button variant="secondary" icon={<DownloadIcon aria-hidden />} onClick={download}>
          {t('reports.downloadCsv')}
        </Button>
      </div>
    </VStack>
  );
}
