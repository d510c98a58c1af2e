import '@navikt/ds-css/dist/component/table.css';
import { Table } from '@navikt/ds-react';
import { Fragment } from 'react';
import type { CountRow, CountTableSpec } from './outcomeSections';
import { useReportsI18n, type ReportsI18n } from './useReportsI18n';
import './reports.css';

/** A share as whole per cent ("43 %"), or a dash when there is nothing to take a share of. */
export function formatShare(share: number | null, { t, language }: Pick<ReportsI18n, 't' | 'language'>): string {
  if (share === null) return t('reports.noShare');
  return t('reports.percent', {
    value: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 0 }).format(share),
  });
}

/** A label that may break after a slash ("Praksis/arbeidstrening"), so a narrow phone needs no sideways scrolling. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split('/');
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

function Row({ row, withShare, total }: { row: CountRow; withShare: boolean; total?: boolean }) {
  const i18n = useReportsI18n();
  const Cell = total ? 'strong' : 'span';
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <Cell>
          <Breakable text={row.label} />
        </Cell>
      </Table.HeaderCell>
      <Table.DataCell className="number">
        <Cell>{row.count}</Cell>
      </Table.DataCell>
      {withShare && (
        <Table.DataCell className="number">
          <Cell>{formatShare(row.share, i18n)}</Cell>
        </Table.DataCell>
      )}
    </Table.Row>
  );
}

/** A table of counts with their shares, captioned, its rows headed by their labels. */
export function CountTable({ spec }: { spec: CountTableSpec }) {
  const { t } = useReportsI18n();
  const withShare = spec.shareHeader !== undefined;
  return (
    <Table size="small" className="report-table">
      <caption>{spec.caption}</caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{spec.labelHeader}</Table.HeaderCell>
          <Table.HeaderCell scope="col" className="number">
            {t('reports.column.count')}
          </Table.HeaderCell>
          {withShare && (
            <Table.HeaderCell scope="col" className="number">
              {/* Short on screen, where the 100 % row shows the base; whole for screen readers. */}
              <span aria-hidden>{t('reports.column.share')}</span>
              <span className="visually-hidden">{spec.shareHeader}</span>
            </Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {spec.rows.map((row) => (
          <Row key={row.label} row={row} withShare={withShare} />
        ))}
        {spec.total && <Row row={spec.total} withShare={withShare} total />}
      </Table.Body>
    </Table>
  );
}
