import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber, formatRub } from '../../lib/format';
import { ReasonAction } from '../ReasonAction';
import { StatusBadge } from '../StatusBadge';
import { DeliveryRow } from './DeliveryRow';
import { isOpen, itemName, type Contract, type Order } from './contract-api';
import { QuantityNoteForm } from './QuantityNoteForm';

/** One order: what, how many, by when; its deliveries; the steps open to the reader. */
export function OrderCard(props: { contract: Contract; order: Order; role: string | undefined }) {
  const { contract, order, role } = props;
  const { t } = useTranslation();
  const officer = role === 'officer';
  const undelivered = order.quantity - order.deliveredQuantity;
  return (
    <Card withBorder data-testid="order">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>
            {t('supply.orderTitle', {
              item: itemName(contract, order.item),
              quantity: formatNumber(order.quantity),
              year: order.stageYear,
            })}
          </Text>
          <StatusBadge status={order.status} />
        </Group>
        <Text size="sm">
          {t('supply.orderLine', {
            date: formatDate(order.dueAt),
            value: formatRub(order.valueRub),
            delivered: formatNumber(order.deliveredQuantity),
            accepted: formatNumber(order.acceptedQuantity),
            acceptedValue: formatRub(order.acceptedValueRub),
          })}
        </Text>
        {order.closeReason && (
          <Text size="sm" data-testid="close-reason">
            {t('supply.closedBecause', { reason: order.closeReason })}
          </Text>
        )}
        {order.deliveries.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('supply.deliveredAt')}</Table.Th>
                  <Table.Th>{t('supply.quantity')}</Table.Th>
                  <Table.Th>{t('supply.note')}</Table.Th>
                  <Table.Th>{t('supply.acceptance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.deliveries.map((d) => (
                  <DeliveryRow
                    key={d.id}
                    contractId={contract.id}
                    order={order}
                    delivery={d}
                    canAccept={officer}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {role === 'investor' && isOpen(order) && undelivered > 0 && (
          <QuantityNoteForm
            key={order.deliveredQuantity} // a fresh form, at the new undelivered quantity
            testId="delivery-form"
            fields={['quantity', 'note']}
            labels={{
              quantity: t('supply.deliveryQuantity'),
              note: t('supply.deliveryNote'),
              submit: t('supply.deliver'),
            }}
            initialQuantity={undelivered}
            noteRequired
            run={async (body) =>
              unwrap(
                await api.POST('/api/v1/contracts/{id}/orders/{oid}/deliveries', {
                  params: { path: { id: contract.id, oid: order.id } },
                  body,
                }),
              )
            }
          />
        )}
        {officer && isOpen(order) && (
          <ReasonAction
            testId="close-order"
            label={t('supply.close')}
            reasonLabel={t('supply.closeReason')}
            run={async (reason) =>
              unwrap(
                await api.POST('/api/v1/contracts/{id}/orders/{oid}/close', {
                  params: { path: { id: contract.id, oid: order.id } },
                  body: { reason },
                }),
              )
            }
          />
        )}
      </Stack>
    </Card>
  );
}
