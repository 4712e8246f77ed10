import { Alert, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { usePublicKey } from '../components/ReceiptView';
import { words } from '../i18n';
import { formatDateTime } from '../lib/format';
import { importEd25519Pem, verifyEd25519 } from '../lib/receipt';

const PAGE = 100;

/** Signed chain heads, each signature checked here with WebCrypto against the receipt key. */
function Checkpoints() {
  const { t } = useTranslation();
  const key = usePublicKey();
  const checkpoints = useQuery({
    queryKey: ['checkpoints', key.data?.publicKeyPem],
    enabled: key.data !== undefined,
    queryFn: async () => {
      const list = unwrap(await api.GET('/api/v1/audit/checkpoints'));
      const publicKey = await importEd25519Pem((key.data as { publicKeyPem: string }).publicKeyPem);
      return Promise.all(
        list.items.map(async (c) => ({
          ...c,
          valid: await verifyEd25519(
            publicKey,
            c.signature,
            `checkpoint|${c.seq}|${c.headHash}|${c.at}`,
          ),
        })),
      );
    },
  });
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">
        {t('audit.checkpoints')}
      </Title>
      <ErrorText error={checkpoints.error} />
      {checkpoints.data?.length === 0 && <Text>{t('audit.noCheckpoints')}</Text>}
      {checkpoints.data && checkpoints.data.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table data-testid="checkpoints">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.seq')}</Table.Th>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.headHash')}</Table.Th>
                <Table.Th>{t('audit.signature')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checkpoints.data.map((c) => (
                <Table.Tr key={c.seq}>
                  <Table.Td>{c.seq}</Table.Td>
                  <Table.Td>{formatDateTime(c.at)}</Table.Td>
                  <Table.Td>
                    <Code>{c.headHash.slice(0, 16)}…</Code>
                  </Table.Td>
                  <Table.Td>
                    {c.valid ? t('audit.signatureValid') : t('audit.signatureInvalid')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** The audit log in seq order, the server's chain verification, and the signed checkpoints. */
export function AuditPage() {
  const { t } = useTranslation();
  const events = useInfiniteQuery({
    queryKey: ['audit-events'],
    initialPageParam: 0,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/audit/events', {
          params: { query: { after: pageParam, limit: PAGE } },
        }),
      ),
    getNextPageParam: (last) =>
      last.items.length === PAGE ? last.items[last.items.length - 1]?.seq : undefined,
  });
  const verify = useMutation({
    mutationFn: async () => unwrap(await api.GET('/api/v1/audit/verify')),
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        <Button loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('audit.verify')}
        </Button>
      </Group>
      <ErrorText error={verify.error} />
      {verify.data && (
        <Alert
          color={verify.data.valid ? 'green' : 'red'}
          title={verify.data.valid ? t('audit.chainValid') : t('audit.chainBroken')}
          data-testid="chain-result"
        >
          {t('audit.chainDetails', {
            count: verify.data.count,
            head: verify.data.headHash.slice(0, 16),
          })}
          {verify.data.firstBrokenSeq !== null &&
            ` ${t('audit.firstBroken', { seq: verify.data.firstBrokenSeq })}`}
        </Alert>
      )}
      <Checkpoints />
      <ErrorText error={events.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="audit-events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.seq')}</Table.Th>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.entity')}</Table.Th>
              <Table.Th>{t('audit.hash')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>
                  {e.actor ? words(`roles.${e.actor.role}`, e.actor.role) : t('audit.system')}
                </Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>{e.entityType}</Table.Td>
                <Table.Td>
                  <Code>{e.hash.slice(0, 12)}…</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {events.hasNextPage && (
        <Group>
          <Button
            variant="default"
            loading={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            {t('audit.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
