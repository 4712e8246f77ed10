import {
  Button,
  Card,
  FileInput,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, session, unwrap, upload } from '../api/client';
import { useMe } from '../auth';
import { ErrorText } from '../components/ErrorText';
import { InvestmentChart } from '../components/InvestmentChart';
import { StatusBadge } from '../components/StatusBadge';
import { words } from '../i18n';
import { formatDate, formatDateTime, formatRub } from '../lib/format';
import { normalizeMoney } from '../lib/money';

/** API.md's milestone (the OpenAPI document leaves its items untyped). */
interface Milestone {
  id: string;
  code: string;
  title: string;
  dueMonth: number;
  dueDate: string | null;
  plannedInvestmentRub: string;
  status: string;
  metAt: string | null;
  reports: {
    id: string;
    note: string;
    investedRub: string;
    documentIds: string[];
    submittedAt: string;
    review: {
      decision: 'accepted' | 'rejected';
      comment: string;
      reviewerId: string;
      at: string;
    } | null;
  }[];
}

async function downloadEvidence(contractId: string, docId: string) {
  const token = session.token();
  const response = await fetch(`/api/v1/contracts/${contractId}/documents/${docId}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ?? docId;
  a.click();
  URL.revokeObjectURL(url);
}

function ReportForm({ contractId, milestone }: { contractId: string; milestone: Milestone }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [invested, setInvested] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const report = useMutation({
    mutationFn: async () => {
      const documentIds = file
        ? [(await upload(`/api/v1/contracts/${contractId}/documents`, file)).id]
        : [];
      return unwrap(
        await api.POST('/api/v1/contracts/{id}/milestones/{mid}/reports', {
          params: { path: { id: contractId, mid: milestone.id } },
          body: { note, investedRub: normalizeMoney(invested), documentIds },
        }),
      );
    },
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <Stack gap="xs" data-testid="report-form">
      <TextInput
        label={t('contract.reportNote')}
        required
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <TextInput
        label={t('contract.invested')}
        required
        inputMode="decimal"
        value={invested}
        onChange={(e) => setInvested(e.currentTarget.value)}
      />
      <FileInput label={t('contract.evidence')} value={file} onChange={setFile} clearable />
      <Group>
        <Button
          size="xs"
          loading={report.isPending}
          disabled={!note || !invested}
          onClick={() => report.mutate()}
        >
          {t('contract.report')}
        </Button>
      </Group>
      <ErrorText error={report.error} />
    </Stack>
  );
}

function ReviewForm(props: { contractId: string; milestoneId: string; reportId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: async (decision: 'accepted' | 'rejected') =>
      unwrap(
        await api.POST('/api/v1/contracts/{id}/milestones/{mid}/reports/{rid}/review', {
          params: { path: { id: props.contractId, mid: props.milestoneId, rid: props.reportId } },
          body: { decision, comment },
        }),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <Stack gap="xs" data-testid="review-form">
      <TextInput
        label={t('contract.reviewComment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <Group gap="xs">
        <Button
          size="xs"
          color="green"
          loading={review.isPending}
          onClick={() => review.mutate('accepted')}
        >
          {t('contract.accept')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={() => review.mutate('rejected')}>
          {t('contract.rejectReport')}
        </Button>
      </Group>
      <ErrorText error={review.error} />
    </Stack>
  );
}

function Compliance(props: {
  contractId: string;
  signedAt: string | null;
  milestones: Milestone[];
}) {
  const { contractId, signedAt, milestones } = props;
  const { t } = useTranslation();
  const compliance = useQuery({
    queryKey: ['compliance', contractId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contracts/{id}/compliance', {
          params: { path: { id: contractId } },
        }),
      ),
  });
  if (!compliance.data) return <ErrorText error={compliance.error} />;
  const c = compliance.data;
  // Both lines start at zero on the countersignature; the verified one runs to today.
  const start = signedAt ? [{ at: signedAt, rub: 0 }] : [];
  const promised = [
    ...start,
    ...milestones
      .filter((m) => m.dueDate)
      .map((m) => ({ at: m.dueDate as string, rub: Number(m.plannedInvestmentRub) })),
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
            {t('dashboard.buildDeadline', {
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

/** A contract: signing, countersigning, milestones with reports and reviews, the dashboard. */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const client = useQueryClient();
  const contract = useQuery({
    queryKey: ['contract', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
  const sign = useMutation({
    mutationFn: async (action: 'sign' | 'countersign') =>
      action === 'sign'
        ? unwrap(await api.POST('/api/v1/contracts/{id}/sign', { params: { path: { id } } }))
        : unwrap(
            await api.POST('/api/v1/contracts/{id}/countersign', { params: { path: { id } } }),
          ),
    onSuccess: () => client.invalidateQueries(),
  });
  if (!contract.data) return <ErrorText error={contract.error} />;
  const c = contract.data;
  const milestones = c.milestones as unknown as Milestone[];
  const investor = me?.role === 'investor';
  const auditor = me?.role === 'auditor';
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('contract.title', { name: c.organization.name })}</Title>
          <Group gap="xs">
            <StatusBadge status={c.status} />
            <Text>
              {t('register.inn')}: {c.organization.inn}
            </Text>
          </Group>
        </Stack>
        <Group>
          {investor && c.status === 'pending_signature' && !c.investorSignedAt && (
            <Button loading={sign.isPending} onClick={() => sign.mutate('sign')}>
              {t('contract.sign')}
            </Button>
          )}
          {me?.role === 'officer' && c.investorSignedAt && !c.customerSignedAt && (
            <Button loading={sign.isPending} onClick={() => sign.mutate('countersign')}>
              {t('contract.countersign')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorText error={sign.error} />
      <Card withBorder>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('contracts.value')}</Table.Th>
              <Table.Td>
                {formatRub(c.valueRub)} ({c.quantity} × {formatRub(c.unitPriceRub)})
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('contracts.investment')}</Table.Th>
              <Table.Td>{formatRub(c.investmentCommittedRub)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('contracts.signingDeadline')}</Table.Th>
              <Table.Td>{formatDateTime(c.signingDeadline)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('contract.investorSigned')}</Table.Th>
              <Table.Td data-testid="investor-signed">
                {formatDateTime(c.investorSignedAt)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('contract.customerSigned')}</Table.Th>
              <Table.Td data-testid="customer-signed">
                {formatDateTime(c.customerSignedAt)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('contract.buildDeadline')}</Table.Th>
              <Table.Td>{formatDate(c.buildDeadline)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Card>
      {c.status !== 'pending_signature' && c.status !== 'refused' && (
        <Compliance contractId={c.id} signedAt={c.signedAt} milestones={milestones} />
      )}
      <Title order={3}>{t('contract.milestones')}</Title>
      {milestones.map((m) => (
        <Card withBorder key={m.id} data-testid="milestone">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>
                {words(`milestones.${m.code}`, m.code)} — {m.title}
              </Text>
              <StatusBadge status={m.status} />
            </Group>
            <Text size="sm">
              {t('contract.due', { date: formatDate(m.dueDate), month: m.dueMonth })} ·{' '}
              {t('contract.planned')}: {formatRub(m.plannedInvestmentRub)}
            </Text>
            {m.reports.map((r) => (
              <Card key={r.id} bg="gray.0" data-testid="report">
                <Stack gap={4}>
                  <Text size="sm">
                    {formatDateTime(r.submittedAt)}: {r.note} · {t('contract.invested')}:{' '}
                    {formatRub(r.investedRub)}
                  </Text>
                  {r.documentIds.map((doc) => (
                    <Group key={doc}>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => void downloadEvidence(c.id, doc)}
                      >
                        {t('contract.downloadEvidence')}
                      </Button>
                    </Group>
                  ))}
                  {r.review ? (
                    <Text size="sm" data-testid="review">
                      {t('contract.reviewed', {
                        decision: words(`status.${r.review.decision}`, r.review.decision),
                        at: formatDateTime(r.review.at),
                      })}
                      {r.review.comment ? `: ${r.review.comment}` : ''}
                    </Text>
                  ) : (
                    auditor && <ReviewForm contractId={c.id} milestoneId={m.id} reportId={r.id} />
                  )}
                </Stack>
              </Card>
            ))}
            {investor && c.status === 'active' && ['pending', 'overdue'].includes(m.status) && (
              <ReportForm contractId={c.id} milestone={m} />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
