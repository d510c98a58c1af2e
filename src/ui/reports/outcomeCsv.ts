import { csvDate, csvPercent, type CsvCell } from '../../domain/reports/csv';
import type { IsoDate } from '../../domain/dates';
import type { CountTableSpec } from './outcomeSections';
import type { ReportsI18n } from './useReportsI18n';

/** The outcome tables as CSV rows: a heading block, then each table with its caption, header and rows. */
export function outcomeCsvRows(
  specs: readonly CountTableSpec[],
  { date, scope }: { date: IsoDate; scope: string },
  { t }: Pick<ReportsI18n, 't'>,
): CsvCell[][] {
  const rows: CsvCell[][] = [[t('reports.csvTitle')], [t('reports.date'), csvDate(date)], [t('reports.scope'), scope]];
  for (const spec of specs) {
    rows.push([]);
    rows.push([spec.caption]);
    const header: CsvCell[] = [spec.labelHeader, t('reports.column.count')];
    if (spec.shareHeader) header.push(`${spec.shareHeader} (%)`);
    rows.push(header);
    for (const row of spec.total ? [...spec.rows, spec.total] : spec.rows)
      rows.push(spec.shareHeader ? [row.label, row.count, csvPercent(row.share)] : [row.label, row.count]);
  }
  return rows;
}
