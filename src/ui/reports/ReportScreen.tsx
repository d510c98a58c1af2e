import { PencilIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, HStack, Loader, VStack } from '@navikt/ds-react';
import { useParams } from 'react-router';
import { isFinal, REPORT_SECTIONS } from '../../domain/reports/navReport';
import { paths } from '../app/paths';
import { Flash } from '../components/Flash';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../i18n/formatDate';
import { ReportShareForm } from './ReportShareForm';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';
import { usePersonFile } from '../jobseeker/queries';
import { useReport } from './queries';

/**
 * One report to the NAV counsellor, laid out to print on one A4 page; a
 * draft can be edited and then marked as shared ([REPORT-2], [REPORT-3]).
 */
export function ReportScreen() {
  const { id = '', reportId = '' } = useParams();
  const { t, language } = useReportsI18n();
  const file = usePersonFile(id);
  const report = useReport(reportId);
  if (file === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (report === null || (report && report.jobseekerId !== id))
    return <PageHeader title={t('report.notFound')} backTo={paths.person(id)} />;
  if (!file || !report) return <Loader title={t('common.loading')} />;
  const date = (iso: string) => formatDate(iso, language);
  const facts: [string, string][] = [
    [t('report.participant'), file.jobseeker.name],
    [t('report.period'), t('report.range', { from: date(report.periodFrom), to: date(report.periodTo) })],
  ];
  if (report.recipient) facts.push([t('report.to'), report.recipient]);

  return (
    <VStack gap="space-32">
      <div className="no-print">
        <Flash />
      </div>
      <VStack as="article" gap="space-16" className="document-page" aria-labelledby="report-title">
        <PageHeader title={t(`report.kind.${report.kind}`)} backTo={paths.person(id)}>
          <dl className="document-facts">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <Alert variant={isFinal(report) ? 'success' : 'info'} size="small" inline>
            {isFinal(report) ? t('report.sharedNotice', { date: date(report.sharedDate) }) : t('report.draftNotice')}
          </Alert>
        </PageHeader>
        {REPORT_SECTIONS.map((section) => (
          <VStack as="section" gap="space-4" key={section} aria-labelledby={`report-${section}`}>
            <Heading level="2" size="small" id={`report-${section}`}>
              {t(`report.section.${section}`)}
            </Heading>
            <BodyLong className="pre-wrap">{report[section] || t('report.empty')}</BodyLong>
          </VStack>
        ))}
      </VStack>
      <HStack gap="space-8" wrap className="no-print">
        <Button type="button" variant="secondary" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
        {!isFinal(report) && (
          <LinkButton to={paths.editReport(id, report.id)} variant="tertiary" icon={<PencilIcon aria-hidden />}>
            {t('report.edit')}
          </LinkButton>
        )}
      </HStack>
      {!isFinal(report) && <ReportShareForm reportId={report.id} returnTo={paths.report(id, report.id)} />}
    </VStack>
  );
}
