import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldError } from '../../lib/field-errors';
import { normalizeMoney } from '../../lib/money';
import { fromMoscowInput, toMoscowInput } from '../../lib/moscow-time';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';

const FIELDS = ['paidAt', 'amountRub'] as const;

/** "211 200,00" or "211200.00" → "211200.00"; the API checks it is the whole amount. */
function typedMoney(value: string): string {
  return normalizeMoney(value.replace(/[\s\u00a0]/g, '').replace(',', '.'));
}

/** The officer records that the claim was paid, whole, on a Moscow date and time. */
export function PaymentForm(props: { contractId: string; claim: Schemas['ClaimResponse'] }) {
  const { contractId, claim } = props;
  const { t } = useTranslation();
  const [paidAt, setPaidAt] = useState(toMoscowInput(claim.issuedAt));
  const [amount, setAmount] = useState(claim.amountRub);
  const pay = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/contracts/{id}/claims/{cid}/payment', {
        params: { path: { id: contractId, cid: claim.id } },
        body: { paidAt: fromMoscowInput(paidAt), amountRub: typedMoney(amount) },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pay.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="payment-form">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs">
          <TextInput
            size="xs"
            type="datetime-local"
            label={t('claims.paidAt')}
            required
            value={paidAt}
            onChange={(e) => setPaidAt(e.currentTarget.value)}
            error={fieldError(pay.error, 'paidAt')}
          />
          <TextInput
            size="xs"
            label={t('claims.paidAmount')}
            description={t('claims.paidWhole')}
            inputMode="decimal"
            required
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={fieldError(pay.error, 'amountRub')}
          />
        </Group>
        <ErrorText error={pay.error} fields={FIELDS} />
        <Group>
          <Button size="xs" type="submit" color="green" loading={pay.isPending}>
            {t('claims.recordPayment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
