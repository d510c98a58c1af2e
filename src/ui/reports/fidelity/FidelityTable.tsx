import '@navikt/ds-css/dist/component/readmore.css';
import '@navikt/ds-css/dist/component/table.css';
import { BodyShort, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useReportsI18n } from '../useReportsI18n';
import type { FidelityMeasureSpec } from './fidelitySections';
import '../reports.css';

/**
 * One fidelity measure as a section: its target, a table with a row per
 * specialist and the team, each saying in words whether the target is met,
 * and how the number is computed.
 */
export function FidelityTable({ spec, children }: { spec: FidelityMeasureSpec; children?: ReactNode }) {
  const { t } = useReportsI18n();
  const headingId = `fidelity-${spec.id}-heading`;
  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId}>
      <Heading level="2" size="medium" id={headingId}>
        {spec.title}
      </Heading>
      <BodyShort>{spec.target}</BodyShort>
      <Table size="small" className="report-table fidelity-table">
        <caption>{spec.caption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('fidelity.column.who')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="number">
              {spec.valueHeader}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fidelity.column.verdict')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {spec.rows.map((row) => {
            const Text = row.team ? 'strong' : 'span';
            return (
              <Table.Row key={row.label}>
                <Table.HeaderCell scope="row">
                  <Text>{row.label}</Text>
                </Table.HeaderCell>
                <Table.DataCell className="number">
                  <Text>{row.value.main}</Text>
                  {row.value.detail && <div className="fidelity-table__detail">{row.value.detail}</div>}
                </Table.DataCell>
                <Table.DataCell>
                  <Text>{t(`fidelity.verdict.${row.verdict}`)}</Text>
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      {spec.note && <BodyShort size="small">{spec.note}</BodyShort>}
      {children}
      <ReadMore header={t('fidelity.how')} size="small">
        {spec.how}
      </ReadMore>
    </VStack>
  );
}
