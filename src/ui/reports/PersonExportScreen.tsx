import { DownloadIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Detail, Heading, HStack, Loader, Tag, VStack } from '@navikt/ds-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { personExport, recordCount, type AnyRecord } from '../../domain/reports/personExport';
import { paths } from '../app/paths';
import { PageHeader } from '../components/PageHeader';
import { useToday } from '../components/today';
import { formatDate } from '../i18n/formatDate';
import { downloadFile } from './downloadFile';
import { readableFields } from './exportFields';
import { useReportsI18n, type ReportsI18n } from './useReportsI18n';
import './reports.css';
import { usePersonRecords } from './queries';

function RecordBlock({
  table,
  record,
  index,
  employerNames,
  i18n,
}: {
  table: string;
  record: AnyRecord;
  index: number;
  employerNames: ReadonlyMap<string, string>;
  i18n: ReportsI18n;
}) {
  const { t, language } = i18n;
  const title = typeof record.date === 'string' && record.date ? formatDate(record.date, language) : t('export.record', { n: index + 1 });
  return (
    <VStack as="li" gap="space-8" className="document-record">
      <HStack gap="space-8" align="center" wrap>
        <Heading level="3" size="xsmall">
          {title}
        </Heading>
        {record.deleted === true && (
          <Tag size="xsmall" variant="neutral">
            {t('export.deleted')}
          </Tag>
        )}
        {typeof record.revises === 'string' && <Detail>{t('export.revision')}</Detail>}
      </HStack>
      <dl>
        {readableFields(table, record, i18n, employerNames).map(([label, text], position) => (
          <div key={position}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </VStack>
  );
}

/**
 * [EXPORT-3] Everything held about one person (`/personer/:id/innsyn`), for
 * an access request: a JSON file with every record, and a readable page
 * that prints.
 */
export function PersonExportScreen() {
  const { id = '' } = useParams();
  const i18n = useReportsI18n();
  const { t, tOr, language } = i18n;
  const today = useToday();
  const found = usePersonRecords(id);
  const data = useMemo(() => (found ? personExport(id, found.records, `${today}T00:00:00`) : undefined), [found, id, today]);
  if (found === null) return <PageHeader title={t('person.notFound')} backTo={paths.caseload} />;
  if (!found || !data) return <Loader title={t('common.loading')} />;

  const download = () => {
    const json = JSON.stringify({ ...data, exportedAt: new Date().toISOString() }, null, 2);
    downloadFile(`innsyn-${today}.json`, json, 'application/json');
  };

  return (
    <VStack gap="space-24" className="document-page">
      <PageHeader title={t('export.title', { name: found.jobseeker.name })} backTo={paths.person(id)}>
        <Detail>
          {t('export.madeOn', { date: formatDate(today, language) })} · {t('export.count', { count: recordCount(data) })}
        </Detail>
        <BodyShort>{t('export.intro')}</BodyShort>
        <BodyShort size="small">{t('export.serverNote')}</BodyShort>
      </PageHeader>
      <HStack gap="space-8" wrap className="no-print">
        <Button type="button" variant="secondary" icon={<DownloadIcon aria-hidden />} onClick={download}>
          {t('export.downloadJson')}
        </Button>
        <Button type="button" variant="secondary" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </HStack>
      {Object.entries(data.tables).map(([table, records]) => (
        <VStack as="section" gap="space-12" key={table} aria-labelledby={`export-${table}`}>
          <Heading level="2" size="medium" id={`export-${table}`}>
            {tOr(`export.table.${table}`, table)} ({records.length})
          </Heading>
          <VStack as="ol" gap="space-8" className="list-reset">
            {records.map((record, index) => (
              <RecordBlock key={record.id} table={table} record={record} index={index} employerNames={found.employerNames} i18n={i18n} />
            ))}
          </VStack>
        </VStack>
      ))}
    </VStack>
  );
}
