import { Alert, Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRub } from '../../lib/format';
import { useCompliance } from '../../lib/use-compliance';
import { ErrorText } from '../ErrorText';
import { PenaltyItemsTable, TotalRow } from './PenaltyItemsTable';

/** What has accrued so far, as the law computes it, and what claims have taken of it. */
export function PenaltiesCard({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const compliance = useCompliance(contractId);
  if (!compliance.data) return <ErrorText error={compliance.error} />;
  const p = compliance.data.penalties;
  return (
    <Card withBorder data-testid="penalties">
      <Title order={3} size="h4" mb="xs">
        {t('penalties.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('penalties.asOf', { at: formatDateTime(p.asOf), rate: p.keyRatePct })}
      </Text>
      {p.capped && (
        <Alert color="yellow" mb="xs" data-testid="capped">
          {t('penalties.capped', { cap: formatRub(p.capRub) })}
        </Alert>
      )}
      {p.items.length === 0 ? (
        <Text>{t('penalties.none')}</Text>
      ) : (
        <PenaltyItemsTable
          testId="penalty-items"
          items={p.items}
          caption={t('penalties.caption')}
          footer={
            <>
              <TotalRow label={t('penalties.accrued')} value={p.accruedRub} testId="accrued" />
              <TotalRow label={t('penalties.claimed')} value={p.claimedRub} testId="claimed" />
              <TotalRow label={t('penalties.paid')} value={p.paidRub} testId="paid" />
              <TotalRow label={t('penalties.writtenOff')} value={p.writtenOffRub} />
              <TotalRow label={t('penalties.cap')} value={p.capRub} />
            </>
          }
        />
      )}
    </Card>
  );
}
