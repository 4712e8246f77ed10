import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { Delivery, Order } from './contract-api';
import { QuantityNoteForm } from './QuantityNoteForm';

/** A delivery on an order, with its acceptance or, for an officer, the form to accept it. */
export function DeliveryRow(props: {
  contractId: string;
  order: Order;
  delivery: Delivery;
  canAccept: boolean;
}) {
  const { contractId, order, delivery, canAccept } = props;
  const { t } = useTranslation();
  const { acceptance } = delivery;
  return (
    <Table.Tr data-testid="delivery">
      <Table.Td>{formatDateTime(delivery.submittedAt)}</Table.Td>
      <Table.Td>{formatNumber(delivery.quantity)}</Table.Td>
      <Table.Td>{delivery.note}</Table.Td>
      <Table.Td data-testid="acceptance">
        {acceptance ? (
          <Stack gap={0}>
            <Text size="sm">
              {acceptance.acceptedQuantity === 0
                ? t('supply.rejectedWhole')
                : t('supply.acceptedOf', {
                    accepted: formatNumber(acceptance.acceptedQuantity),
                    delivered: formatNumber(delivery.quantity),
                  })}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(acceptance.at)}
              {acceptance.comment ? `: ${acceptance.comment}` : ''}
            </Text>
          </Stack>
        ) : canAccept ? (
          <QuantityNoteForm
            testId="acceptance-form"
            fields={['acceptedQuantity', 'comment']}
            labels={{
              quantity: t('supply.acceptedQuantity'),
              note: t('supply.acceptanceComment'),
              submit: t('supply.accept'),
            }}
            initialQuantity={delivery.quantity}
            run={async ({ quantity, note }) =>
              unwrap(
                await api.POST('/api/v1/contracts/{id}/orders/{oid}/deliveries/{did}/acceptance', {
                  params: { path: { id: contractId, oid: order.id, did: delivery.id } },
                  body: { acceptedQuantity: quantity, comment: note },
                }),
              )
            }
          />
        ) : (
          <Text size="sm">{t('supply.awaitingAcceptance')}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
