import { Button, Card, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldError } from '../../lib/field-errors';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';
import type { Contract } from './contract-api';

const FIELDS = ['item', 'quantity', 'deliverBy'] as const;

/** The officer calls off an item: its quantity and the Moscow day it is due. */
export function PlaceOrderForm({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const [item, setItem] = useState(contract.items[0]?.code ?? '');
  const [quantity, setQuantity] = useState<number | string>('');
  const [deliverBy, setDeliverBy] = useState('');
  const place = useAction(
    async () =>
      unwrap(
        await api.POST('/api/v1/contracts/{id}/orders', {
          params: { path: { id: contract.id } },
          body: { item, quantity: Number(quantity), deliverBy },
        }),
      ),
    () => {
      setQuantity('');
      setDeliverBy('');
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    place.mutate();
  };
  const first = contract.stages[0];
  const last = contract.stages[contract.stages.length - 1];
  return (
    <Card withBorder component="form" onSubmit={submit} data-testid="order-form">
      <Title order={4} size="h5" mb="xs">
        {t('supply.newOrder')}
      </Title>
      <Stack gap="xs">
        <Group align="flex-start" grow>
          <Select
            label={t('supply.item')}
            allowDeselect={false}
            value={item}
            onChange={(v) => v && setItem(v)}
            data={contract.items.map((i) => ({ value: i.code, label: i.name }))}
            error={fieldError(place.error, 'item')}
          />
          <NumberInput
            label={t('supply.quantity')}
            required
            allowDecimal={false}
            value={quantity}
            onChange={setQuantity}
            error={fieldError(place.error, 'quantity')}
          />
          <TextInput
            label={t('supply.deliverBy')}
            description={t('supply.deliverByHint')}
            type="date"
            required
            min={first?.startsOn}
            max={last?.endsOn}
            value={deliverBy}
            onChange={(e) => setDeliverBy(e.currentTarget.value)}
            error={fieldError(place.error, 'deliverBy')}
          />
        </Group>
        <ErrorText error={place.error} fields={FIELDS} />
        <Group>
          <Button type="submit" size="xs" loading={place.isPending}>
            {t('supply.place')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
