import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDateTime, formatRub } from '../../lib/format';
import { ReasonAction } from '../ReasonAction';
import { StatusBadge } from '../StatusBadge';
import { PaymentForm } from './PaymentForm';
import { PenaltyItemsTable, TotalRow } from './PenaltyItemsTable';

type Claim = Schemas['ClaimResponse'];

function Settlement({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  if (claim.status === 'paid') {
    return (
      <Text size="sm" data-testid="settlement">
        {t('claims.paidLine', {
          at: formatDateTime(claim.paidAt),
          amount: formatRub(claim.paidRub),
        })}
      </Text>
    );
  }
  if (claim.reason === null) return null;
  return (
    <Text size="sm" data-testid="settlement">
      {t('claims.settledLine', { at: formatDateTime(claim.settledAt), reason: claim.reason })}
    </Text>
  );
}

function OfficerSteps({ contractId, claim }: { contractId: string; claim: Claim }) {
  const { t } = useTranslation();
  const settle = (step: 'write-off' | 'withdraw') => async (reason: string) =>
    step === 'write-off'
      ? unwrap(
          await api.POST('/api/v1/contracts/{id}/claims/{cid}/write-off', {
            params: { path: { id: contractId, cid: claim.id } },
            body: { reason },
          }),
        )
      : unwrap(
          await api.POST('/api/v1/contracts/{id}/claims/{cid}/withdraw', {
            params: { path: { id: contractId, cid: claim.id } },
            body: { reason },
          }),
        );
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <PaymentForm contractId={contractId} claim={claim} />
      <ReasonAction
        testId="write-off"
        label={t('claims.writeOff')}
        reasonLabel={t('claims.writeOffReason')}
        color="orange"
        run={settle('write-off')}
      />
      <ReasonAction
        testId="withdraw"
        label={t('claims.withdraw')}
        reasonLabel={t('claims.withdrawReason')}
        color="gray"
        run={settle('withdraw')}
      />
    </SimpleGrid>
  );
}

/** One claim: its frozen items and key rate, its settlement, the officer's next steps. */
export function ClaimCard(props: { contractId: string; claim: Claim; officer: boolean }) {
  const { contractId, claim, officer } = props;
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="claim">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>
            {t('claims.claimTitle', {
              amount: formatRub(claim.amountRub),
              at: formatDateTime(claim.issuedAt),
            })}
          </Text>
          <StatusBadge status={claim.status} />
        </Group>
        <PenaltyItemsTable
          testId="claim-items"
          items={claim.items}
          caption={t('claims.caption', { at: formatDateTime(claim.asOf), rate: claim.keyRatePct })}
          footer={<TotalRow label={t('claims.amount')} value={claim.amountRub} />}
        />
        <Settlement claim={claim} />
        {officer && claim.status === 'issued' && (
          <OfficerSteps contractId={contractId} claim={claim} />
        )}
      </Stack>
    </Card>
  );
}
