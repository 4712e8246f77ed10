import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatNumber, formatRub } from '../../lib/format';
import { ErrorText } from '../ErrorText';
import { itemName, type Contract } from './contract-api';

type Amount = Schemas['QuantityAndValueResponse'];

function AmountCell({ amount }: { amount: Amount }) {
  return (
    <Table.Td>
      <Stack gap={0}>
        <Text size="sm">{formatNumber(amount.quantity)}</Text>
        <Text size="xs" c="dimmed">
          {formatRub(amount.valueRub)}
        </Text>
      </Stack>
    </Table.Td>
  );
}

/** Each stage (contract year with supply): per item planned, ordered, delivered, accepted. */
export function StagesTable({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const stages = useQuery({
    queryKey: ['stages', contract.id],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contracts/{id}/stages', {
          params: { path: { id: contract.id } },
        }),
      ),
  });
  if (!stages.data) return <ErrorText error={stages.error} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="stages">
        <Table.Caption>{t('supply.stagesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supply.stage')}</Table.Th>
            <Table.Th>{t('supply.item')}</Table.Th>
            <Table.Th>{t('supply.planned')}</Table.Th>
            <Table.Th>{t('supply.ordered')}</Table.Th>
            <Table.Th>{t('supply.delivered')}</Table.Th>
            <Table.Th>{t('supply.accepted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.data.stages.flatMap((stage) =>
            stage.items.map((line, i) => (
              <Table.Tr
                key={`${stage.year}-${line.item}`}
                data-testid="stage"
                data-year={stage.year}
                data-starts-on={stage.startsOn}
                data-ends-on={stage.endsOn}
              >
                {i === 0 && (
                  <Table.Th scope="row" rowSpan={stage.items.length}>
                    <Text size="sm" fw={700}>
                      {t('supply.year', { year: stage.year })}
                    </Text>
                    <Text size="xs">
                      {formatDate(stage.startsOn)} — {formatDate(stage.endsOn)}
                    </Text>
                    <Text size="xs">{formatRub(stage.valueRub)}</Text>
                  </Table.Th>
                )}
                <Table.Td>{itemName(contract, line.item)}</Table.Td>
                <AmountCell amount={line.planned} />
                <AmountCell amount={line.ordered} />
                <AmountCell amount={line.delivered} />
                <AmountCell amount={line.accepted} />
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
