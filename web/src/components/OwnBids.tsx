import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { BidDocuments } from './BidDocuments';
import { BidForm } from './BidForm';
import { ErrorText } from './ErrorText';
import { ReceiptView, sentContent } from './ReceiptView';
import { StatusBadge } from './StatusBadge';

const LIVE = ['submitted', 'invalidated'];

/**
 * An investor's own bids on a tender, each receipt verified; the form when it has none. A live
 * bid may be replaced (a new version) or withdrawn before the deadline; one an amendment of the
 * conditions invalidated is confirmed as it stands, or replaced. Its documents are listed and
 * added here too.
 */
export function OwnBids({ tender }: { tender: Schemas['TenderResponse'] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const bids = useQuery({
    queryKey: ['own-bids', tender.id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tenders/{id}/bids', { params: { path: { id: tender.id } } })),
  });
  const [replacing, setReplacing] = useState<string | null>(null);
  const confirm = useMutation({
    mutationFn: async (bidId: string) =>
      unwrap(
        await api.POST('/api/v1/tenders/{id}/bids/{bidId}/confirm', {
          params: { path: { id: tender.id, bidId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['own-bids', tender.id] }),
  });
  const withdraw = useMutation({
    mutationFn: async (bidId: string) =>
      unwrap(
        await api.POST('/api/v1/tenders/{id}/bids/{bidId}/withdraw', {
          params: { path: { id: tender.id, bidId } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['own-bids', tender.id] }),
  });
  if (!bids.data) return <ErrorText error={bids.error} />;
  const live = bids.data.items.filter((b) => LIVE.includes(b.status));
  return (
    <Stack>
      {bids.data.items.map((bid) => (
        <Card withBorder key={`${bid.id}.${bid.version}`} data-testid="own-bid">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3}>{t('bid.yours')}</Title>
              <StatusBadge status={bid.status} />
            </Group>
            <ReceiptView
              bidId={bid.id}
              version={bid.version}
              receipt={bid.receipt}
              content={sentContent.load(bid.id, bid.version)}
            />
            <BidDocuments
              tenderId={tender.id}
              bid={bid}
              canUpload={tender.status === 'tendering' && LIVE.includes(bid.status)}
            />
            {bid.status === 'invalidated' && (
              <Alert color="yellow" data-testid="bid-invalidated">
                {t('bid.invalidatedHint')}
              </Alert>
            )}
            {tender.status === 'tendering' && LIVE.includes(bid.status) && (
              <Group>
                {bid.status === 'invalidated' && (
                  <Button loading={confirm.isPending} onClick={() => confirm.mutate(bid.id)}>
                    {t('bid.confirm')}
                  </Button>
                )}
                {replacing !== bid.id && (
                  <Button variant="light" onClick={() => setReplacing(bid.id)}>
                    {t('bid.replace')}
                  </Button>
                )}
                <Button
                  variant="light"
                  color="red"
                  loading={withdraw.isPending}
                  onClick={() => withdraw.mutate(bid.id)}
                >
                  {t('bid.withdraw')}
                </Button>
              </Group>
            )}
            <ErrorText error={withdraw.error ?? confirm.error} />
            {replacing === bid.id && tender.status === 'tendering' && (
              <BidForm tender={tender} replacing={bid} onReplaced={() => setReplacing(null)} />
            )}
          </Stack>
        </Card>
      ))}
      {tender.status === 'tendering' && live.length === 0 && <BidForm tender={tender} />}
      {tender.status !== 'tendering' && bids.data.items.length === 0 && (
        <Text>{t('bid.closed')}</Text>
      )}
    </Stack>
  );
}
