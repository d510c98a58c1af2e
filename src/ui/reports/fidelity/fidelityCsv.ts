import { csvDate, type CsvCell } from '../../../domain/reports/csv';
import type { FidelityReport } from '../../../domain/reports/fidelity/fidelityReport';
import type { ReportsI18n } from '../useReportsI18n';
import type { FidelityMeasureSpec } from './fidelitySections';

/**
 * [CSV-1] The fidelity measures as CSV rows: the period and whose they are,
 * then one row per measure and specialist (value, what it counts, the
 * target and whether it is met, in words), then the weekly employer
 * contacts and the time in each step.
 */
export function fidelityCsvRows(
  specs: readonly FidelityMeasureSpec[],
  report: FidelityReport,
  { scope, weekLabel }: { scope: string; weekLabel: (week: FidelityReport['weeks'][number]) => string },
  { t }: Pick<ReportsI18n, 't'>,
): CsvCell[][] {
  const rows: CsvCell[][] = [
    [t('fidelity.csvTitle')],
    [t('fidelity.csv.from'), csvDate(report.period.from)],
    [t('fidelity.csv.to'), csvDate(report.period.to)],
    [t('reports.scope'), scope],
    [],
    [
      t('fidelity.csv.measure'),
      t('fidelity.column.specialist'),
      t('fidelity.csv.value'),
      t('fidelity.csv.unit'),
      t('fidelity.csv.counted'),
      t('fidelity.csv.target'),
      t('fidelity.column.verdict'),
    ],
  ];
  for (const spec of specs)
    for (const row of spec.rows)
      rows.push([spec.title, row.label, row.csv.value, spec.unit, row.csv.counted, spec.target, t(`fidelity.verdict.${row.verdict}`)]);

  rows.push(
    [],
    [t('fidelity.employerContactsPerWeek.chart')],
    [t('fidelity.column.week'), t('fidelity.csv.from'), t('fidelity.csv.to'), t('fidelity.column.count')],
  );
  for (const week of report.weeks) rows.push([weekLabel(week), csvDate(week.from), csvDate(week.to), week.faceToFace]);

  rows.push(
    [],
    [t('fidelity.timeInSteps.title')],
    [t('reports.column.step'), t('fidelity.timeInSteps.median'), t('fidelity.timeInSteps.average'), t('fidelity.csv.counted')],
  );
  for (const step of report.steps)
    rows.push([
      t(`step.short.${step.step}`),
      step.medianDays,
      step.averageDays === null ? null : Math.round(step.averageDays * 10) / 10,
      step.stays,
    ]);
  return rows;
}
