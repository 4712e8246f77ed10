import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRub } from '../../lib/format';
import { useCompliance } from '../../lib/use-compliance';
import { ErrorText } from '../ErrorText';
import { InvestmentChart } from '../InvestmentChart';
import { StatusBadge } from '../StatusBadge';
import type { Milestone } from './Milestones';

/** The dashboard: verified investment against the promised tranches, schedule, penalties. */
export function ComplianceDashboard(props: {
  contractId: string;
  signedAt: string | null;
  milestones: Milestone[];
}) {
  const { contractId, signedAt, milestones } = props;
  const { t } = useTranslation();
  const compliance = useCompliance(contractId);
  if (!compliance.data) return <ErrorText error={compliance.error} />;
  const c = compliance.data;
  // Both lines start at zero on the countersignature; the verified one runs to today.
  const start = signedAt ? [{ at: signedAt, rub: 0 }] : [];
  const promised = [
    ...start,
    ...milestones
      .filter((m) => m.dueDate)
      .map((m) => ({ at: m.dueDate as string, rub: Number(m.plannedInvestmentRub) })),
    // Held to today like the verified line, so the last tranche reads as a step, not a spike.
    { at: c.asOf, rub: 0 },
  ];
  const verified = [
    ...start,
    ...milestones.flatMap((m) =>
      m.reports
        .filter((r) => r.review?.decision === 'accepted')
        .map((r) => ({ at: r.review?.at ?? r.submittedAt, rub: Number(r.investedRub) })),
    ),
    { at: c.asOf, rub: 0 },
  ];
  return (
    <Card withBorder data-testid="dashboard">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t('dashboard.title')}
        </Title>
        <StatusBadge status={c.status} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
        <Stack gap={0}>
          <Text size="sm">{t('dashboard.verifiedInvestment')}</Text>
          <Text fw={700} data-testid="verified-rub">
            {formatRub(c.investment.verifiedRub)} ({c.investment.verifiedPct} %)
          </Text>
          <Text size="sm">
            {t('dashboard.of')} {formatRub(c.investment.committedRub)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="sm">{t('dashboard.milestones')}</Text>
          <Text fw={700}>
            {t('dashboard.counts', {
              met: c.schedule.milestones.met + c.schedule.milestones.metLate,
              reported: c.schedule.milestones.reported,
              pending: c.schedule.milestones.pending,
              overdue: c.schedule.milestones.overdue,
            })}
          </Text>
          <Text size="sm">
            {c.schedule.daysToBuildDeadline < 0
              ? t('dashboard.buildDeadlinePassed', {
                  date: formatDate(c.schedule.buildDeadline),
                  days: -c.schedule.daysToBuildDeadline,
                })
              : t('dashboard.buildDeadline', {
                  date: formatDate(c.schedule.buildDeadline),
                  days: c.schedule.daysToBuildDeadline,
                })}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="sm">{t('dashboard.penalties')}</Text>
          <Text fw={700}>{formatRub(c.penalties.accruedRub)}</Text>
        </Stack>
      </SimpleGrid>
      <InvestmentChart promised={promised} verified={verified} />
    </Card>
  );
}
