import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime, formatRub } from '../lib/format';

type Status = Schemas['TenderResponse']['status'];
const STATUSES: Status[] = [
  'draft',
  'tendering',
  'evaluation',
  'standstill',
  'contracting',
  'complete',
  'cancelled',
  'unsuccessful',
];

export function TendersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const tenders = useQuery({
    queryKey: ['tenders', status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/tenders', {
          params: { query: { limit: 200, ...(status ? { status } : {}) } },
        }),
      ),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('tenders.title')}</Title>
        <Select
          aria-label={t('tenders.filter')}
          placeholder={t('tenders.allStatuses')}
          clearable
          value={status}
          onChange={(value) => setStatus(value as Status | null)}
          data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>
      <ErrorText error={tenders.error} />
      {tenders.data && tenders.data.items.length === 0 && <Text>{t('tenders.none')}</Text>}
      {tenders.data && tenders.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tenders.name')}</Table.Th>
                <Table.Th>{t('tenders.customer')}</Table.Th>
                <Table.Th>{t('tenders.status')}</Table.Th>
                <Table.Th>{t('tenders.ceiling')}</Table.Th>
                <Table.Th>{t('tenders.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tenders.data.items.map((tender) => (
                <Table.Tr key={tender.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tenders/${tender.id}`}>
                      {tender.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{tender.customer}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={tender.status} />
                  </Table.Td>
                  <Table.Td>
                    {tender.maxUnitPriceRub === null
                      ? t('tenders.items', { count: tender.items.length })
                      : formatRub(tender.maxUnitPriceRub)}
                  </Table.Td>
                  <Table.Td>{formatDateTime(tender.timeline.submissionDeadline)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
