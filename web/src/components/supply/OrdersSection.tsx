import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { words } from '../../i18n';
import { ErrorText } from '../ErrorText';
import { fetchOrders, ORDER_STATUSES, type Contract } from './contract-api';
import { OrderCard } from './OrderCard';
import { PlaceOrderForm } from './PlaceOrderForm';

const ALL = 'all';

/** The contract's orders, filtered by stage year and status, each with its deliveries. */
export function OrdersSection({
  contract,
  role,
}: {
  contract: Contract;
  role: string | undefined;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const orders = useQuery({
    queryKey: ['orders', contract.id, year, status],
    queryFn: () =>
      fetchOrders(contract.id, year === ALL ? null : Number(year), status === ALL ? null : status),
  });
  const any = { value: ALL, label: t('supply.all') };
  return (
    <Stack data-testid="orders">
      <Title order={3} size="h4">
        {t('supply.orders')}
      </Title>
      {role === 'officer' && contract.status === 'active' && <PlaceOrderForm contract={contract} />}
      <Group>
        <Select
          label={t('supply.filterYear')}
          allowDeselect={false}
          value={year}
          onChange={(v) => v && setYear(v)}
          data={[
            any,
            ...contract.stages.map((s) => ({
              value: String(s.year),
              label: t('supply.year', { year: s.year }),
            })),
          ]}
        />
        <Select
          label={t('supply.filterStatus')}
          allowDeselect={false}
          value={status}
          onChange={(v) => v && setStatus(v)}
          data={[any, ...ORDER_STATUSES.map((s) => ({ value: s, label: words(`status.${s}`) }))]}
        />
      </Group>
      <ErrorText error={orders.error} />
      {orders.data?.items.length === 0 && <Text>{t('supply.noOrders')}</Text>}
      {orders.data?.items.map((o) => (
        <OrderCard key={o.id} contract={contract} order={o} role={role} />
      ))}
    </Stack>
  );
}
