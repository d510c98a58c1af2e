import '@navikt/ds-css/dist/component/readmore.css';
import '@navikt/ds-css/dist/component/table.css';
import { Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { Breakable } from './CountTable';
import { useReportsI18n } from './useReportsI18n';
import './reports.css';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 320;
const ROW = 44;
const VALUE_ROOM = 40;

/**
 * A small horizontal bar chart in SVG. Every bar carries its label and its
 * number as text, so nothing rests on colour; the picture has one text
 * alternative naming every value, and the same numbers are a real table
 * right below it.
 */
export function BarChart({
  title,
  bars,
  labelHeader,
  valueHeader,
}: {
  title: string;
  bars: Bar[];
  labelHeader: string;
  valueHeader: string;
}) {
  const { t } = useReportsI18n();
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const summary = t('reports.chartSummary', { title, values: bars.map((bar) => `${bar.label} ${bar.value}`).join(', ') });
  return (
    <VStack as="section" gap="space-8" className="bar-chart" aria-labelledby={`${id}-heading`}>
      <Heading level="3" size="xsmall" id={`${id}-heading`}>
        {title}
      </Heading>
      <svg
        className="bar-chart__svg"
        role="img"
        aria-labelledby={`${id}-title`}
        width={WIDTH}
        height={bars.length * ROW}
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      >
        <title id={`${id}-title`}>{summary}</title>
        {bars.map((bar, index) => {
          const top = index * ROW;
          const length = ((WIDTH - VALUE_ROOM) * bar.value) / max;
          return (
            <g key={bar.label}>
              <text className="bar-chart__label" x={0} y={top + 15}>
                {bar.label}
              </text>
              <rect className="bar-chart__bar" x={0} y={top + 21} width={length} height={16} rx={2} />
              <text className="bar-chart__value" x={length + 6} y={top + 34}>
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <ReadMore header={t('reports.showTable')} size="small">
        <Table size="small" className="report-table">
          <caption className="visually-hidden">{title}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{labelHeader}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="number">
                {valueHeader}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {bars.map((bar) => (
              <Table.Row key={bar.label}>
                <Table.HeaderCell scope="row">
                  <Breakable text={bar.label} />
                </Table.HeaderCell>
                <Table.DataCell className="number">{bar.value}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ReadMore>
    </VStack>
  );
}
