import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { words } from '../../i18n';
import { formatDate, formatRub } from '../../lib/format';

type PenaltyItem = Schemas['PenaltyItemResponse'];

/** A sum of money stays on one line. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Penalty items (running in compliance, frozen in a claim), with a footer of totals. */
export function PenaltyItemsTable(props: {
  items: PenaltyItem[];
  caption: string;
  footer: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid={props.testId}>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('penalties.kind')}</Table.Th>
            <Table.Th>{t('penalties.basis')}</Table.Th>
            <Table.Th>{t('penalties.period')}</Table.Th>
            <Table.Th>{t('penalties.days')}</Table.Th>
            <Table.Th>{t('penalties.base')}</Table.Th>
            <Table.Th>{t('penalties.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.items.map((item) => (
            <Table.Tr
              key={`${item.basis}-${item.entityId}-${item.from}`}
              data-testid="penalty-item"
            >
              <Table.Td>{words(`penalties.kinds.${item.kind}`, item.kind)}</Table.Td>
              <Table.Td>
                {words(`penalties.bases.${item.basis}`, item.basis)} (
                {words(`penalties.entities.${item.entityType}`, item.entityType)})
              </Table.Td>
              <Table.Td>
                {item.kind === 'fine'
                  ? formatDate(item.from)
                  : `${formatDate(item.from)} — ${formatDate(item.to)}`}
              </Table.Td>
              <Table.Td>{item.days}</Table.Td>
              <Table.Td style={NOWRAP}>{formatRub(item.baseRub)}</Table.Td>
              <Table.Td style={NOWRAP}>{formatRub(item.amountRub)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>{props.footer}</Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A footer line: a label across the first columns, the sum in the amount column. */
export function TotalRow(props: { label: string; value: string; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" colSpan={5} ta="right">
        {props.label}
      </Table.Th>
      <Table.Td fw={700} style={NOWRAP} data-testid={props.testId}>
        {formatRub(props.value)}
      </Table.Td>
    </Table.Tr>
  );
}
