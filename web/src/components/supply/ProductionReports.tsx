import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { words } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useCompliance } from '../../lib/use-compliance';
import { ErrorText } from '../ErrorText';
import { ReviewForm } from '../ReviewForm';
import { StatusBadge } from '../StatusBadge';
import { itemName, type Contract, type ProductionReport } from './contract-api';
import { ProductionReportForm } from './ProductionReportForm';

function ReportCard(props: { contract: Contract; report: ProductionReport; auditor: boolean }) {
  const { contract, report, auditor } = props;
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="production-report">
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={700}>{t('production.reportTitle', { year: report.year })}</Text>
          <StatusBadge status={report.review?.decision ?? 'submitted'} />
        </Group>
        <Text size="sm">
          {Object.entries(report.producedByItem)
            .map(([code, n]) => `${itemName(contract, code)}: ${formatNumber(n)}`)
            .join(' · ')}{' '}
          · {formatDateTime(report.submittedAt)}
        </Text>
        {report.review ? (
          <Text size="sm" data-testid="review">
            {t('contract.reviewed', {
              decision: words(`status.${report.review.decision}`, report.review.decision),
              at: formatDateTime(report.review.at),
            })}
            {report.review.comment ? `: ${report.review.comment}` : ''}
          </Text>
        ) : (
          auditor && (
            <ReviewForm
              run={async (body) =>
                unwrap(
                  await api.POST('/api/v1/contracts/{id}/production-reports/{rid}/review', {
                    params: { path: { id: contract.id, rid: report.id } },
                    body,
                  }),
                )
              }
            />
          )
        )}
      </Stack>
    </Card>
  );
}

/** Production reports (the output-share check's input) and their auditor reviews. */
export function ProductionReports({ contract, role }: { contract: Contract; role?: string }) {
  const { t } = useTranslation();
  const compliance = useCompliance(contract.id);
  const reports = useQuery({
    queryKey: ['production-reports', contract.id],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contracts/{id}/production-reports', {
          params: { path: { id: contract.id } },
        }),
      ),
  });
  const asOf = compliance.data?.asOf;
  return (
    <Stack data-testid="production">
      <Title order={3} size="h4">
        {t('production.title')}
      </Title>
      {role === 'investor' && contract.status === 'active' && asOf && (
        <ProductionReportForm contract={contract} lastYear={Number(asOf.slice(0, 4)) - 1} />
      )}
      <ErrorText error={reports.error} />
      {reports.data?.items.length === 0 && <Text>{t('production.none')}</Text>}
      {reports.data?.items.map((r) => (
        <ReportCard key={r.id} contract={contract} report={r} auditor={role === 'auditor'} />
      ))}
    </Stack>
  );
}
