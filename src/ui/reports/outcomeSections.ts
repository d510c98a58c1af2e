import { CASE_STATUSES } from '../../domain/caseEvent';
import { OUTCOMES } from '../../domain/outcome';
import { endedCount, type OutcomeTable } from '../../domain/reports/outcomeTable';
import { percentOf } from '../../domain/reports/share';
import type { StepFunnel } from '../../domain/reports/stepFunnel';
import { SE_STEPS } from '../../domain/seSteps';
import type { ReportsI18n } from './useReportsI18n';

export interface CountRow {
  label: string;
  count: number;
  /** Per cent of the table's base; null when the base is empty. */
  share: number | null;
}

/** One table of counts, as shown on screen and written to the CSV file. */
export interface CountTableSpec {
  id: string;
  caption: string;
  labelHeader: string;
  /** The column header for the shares; no share column when absent. */
  shareHeader?: string;
  rows: CountRow[];
  total?: CountRow;
}

const row = (label: string, count: number, base: number | null): CountRow => ({
  label,
  count,
  share: base === null ? null : percentOf(count, base),
});

/** The KLAR table and the step tables, in words, for one date. */
export function outcomeSections(
  table: OutcomeTable,
  funnel: StepFunnel,
  dateText: string,
  { t }: Pick<ReportsI18n, 't'>,
): CountTableSpec[] {
  const ended = endedCount(table);
  const inWork = table.byOutcome['ordinary-work'];
  const endedRows = OUTCOMES.map((outcome) => row(t(`outcome.${outcome}`), table.byOutcome[outcome], ended));
  if (table.endedWithoutOutcome > 0) endedRows.push(row(t('reports.endedWithoutOutcome'), table.endedWithoutOutcome, ended));
  return [
    {
      id: 'status',
      caption: t('reports.statusCaption', { date: dateText }),
      labelHeader: t('reports.column.status'),
      shareHeader: t('reports.column.shareOfAll'),
      rows: CASE_STATUSES.map((status) => row(t(`status.${status}`), table.byStatus[status], table.followed)),
      total: row(t('reports.followed'), table.followed, table.followed),
    },
    {
      id: 'ended',
      caption: t('reports.endedCaption', { date: dateText }),
      labelHeader: t('reports.column.outcome'),
      shareHeader: t('reports.column.shareOfEnded'),
      rows: endedRows,
      total: row(t('reports.endedTotal'), ended, ended),
    },
    {
      id: 'full-time',
      caption: t('reports.fullTimeCaption', { date: dateText }),
      labelHeader: t('reports.column.position'),
      shareHeader: t('reports.column.shareOfWork'),
      rows: [
        row(t('reports.fullTime'), table.ordinaryWork['full-time'], inWork),
        row(t('reports.partTime'), table.ordinaryWork['part-time'], inWork),
        row(t('reports.percentUnknown'), table.ordinaryWork.unknown, inWork),
      ],
      total: row(t('outcome.ordinary-work'), inWork, inWork),
    },
    {
      id: 'steps',
      caption: t('reports.stepCaption', { date: dateText }),
      labelHeader: t('reports.column.step'),
      rows: SE_STEPS.map((step) => row(t(`step.short.${step}`), table.byStep[step], null)),
    },
    {
      id: 'funnel',
      caption: t('reports.funnelCaption', { date: dateText }),
      labelHeader: t('reports.column.step'),
      shareHeader: t('reports.column.shareOfAll'),
      rows: [
        row(t('reports.funnel.referred'), funnel.referred, funnel.referred),
        ...SE_STEPS.map((step) => row(t(`step.short.${step}`), funnel.reached[step], funnel.referred)),
      ],
    },
  ];
}
