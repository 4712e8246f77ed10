import { Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth';
import { PenaltiesPanel } from '../components/claims/PenaltiesPanel';
import { ComplianceDashboard } from '../components/contract/ComplianceDashboard';
import { Milestones } from '../components/contract/Milestones';
import { ErrorText } from '../components/ErrorText';
import { StatusBadge } from '../components/StatusBadge';
import { SupplyPanel } from '../components/supply/SupplyPanel';
import { formatDate, formatDateTime, formatRub } from '../lib/format';

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
  const milestones = c.milestones;
  const investor = me?.role === 'investor';
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
        <ComplianceDashboard contractId={c.id} signedAt={c.signedAt} milestones={milestones} />
      )}
      <Tabs defaultValue="build" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="build">{t('contract.tabs.build')}</Tabs.Tab>
          <Tabs.Tab value="supply">{t('contract.tabs.supply')}</Tabs.Tab>
          <Tabs.Tab value="penalties">{t('contract.tabs.penalties')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="build" pt="md">
          <Milestones contract={c} role={me?.role} />
        </Tabs.Panel>
        <Tabs.Panel value="supply" pt="md">
          <SupplyPanel contract={c} role={me?.role} />
        </Tabs.Panel>
        <Tabs.Panel value="penalties" pt="md">
          <PenaltiesPanel contractId={c.id} officer={me?.role === 'officer'} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
