import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { words } from '../i18n';
import { formatDateTime } from '../lib/format';

export function NotificationsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const notifications = useQuery({
    queryKey: ['notifications'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/notifications', { params: { query: { limit: 200 } } })),
  });
  const read = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
  return (
    <Stack>
      <Title order={2}>{t('notifications.title')}</Title>
      <ErrorText error={notifications.error ?? read.error} />
      {notifications.data?.items.length === 0 && <Text>{t('notifications.none')}</Text>}
      {notifications.data?.items.map((n) => (
        <Card withBorder key={n.id} data-testid="notification">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm">{formatDateTime(n.createdAt)}</Text>
              <Text fw={n.readAt ? 400 : 700}>
                {words(`notifications.kinds.${n.kind}`, n.message)}
              </Text>
            </Stack>
            {!n.readAt && (
              <Button size="xs" variant="default" onClick={() => read.mutate(n.id)}>
                {t('notifications.markRead')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
