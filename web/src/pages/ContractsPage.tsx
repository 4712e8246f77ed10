import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { StatusBadge } from '../components/StatusBadge';
import { formatDate, formatRub } from '../lib/format';

export function ContractsPage() {
  const { t } = useTranslation();
  const contracts = useQuery({
    queryKey: ['contracts'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/contracts', { params: { query: { limit: 200 } } })),
  });
  return (
    <Stack>
      <Title order={2}>{t('contracts.title')}</Title>
      <ErrorText error={contracts.error} />
      {contracts.data?.items.length === 0 && <Text>{t('contracts.none')}</Text>}
      {contracts.data && contracts.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.investor')}</Table.Th>
                <Table.Th>{t('tenders.status')}</Table.Th>
                <Table.Th>{t('contracts.value')}</Table.Th>
                <Table.Th>{t('contracts.investment')}</Table.Th>
                <Table.Th>{t('contracts.signingDeadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/contracts/${c.id}`}>
                      {c.organization.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{formatRub(c.valueRub)}</Table.Td>
                  <Table.Td>{formatRub(c.investmentCommittedRub)}</Table.Td>
                  <Table.Td>{formatDate(c.signingDeadline)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
