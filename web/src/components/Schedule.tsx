import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { words } from '../i18n';
import { formatDateTime } from '../lib/format';

/** What happens next to the tender, and what holds it, in words. */
export function Schedule({ tenderId, status }: { tenderId: string; status: string }) {
  const { t } = useTranslation();
  const schedule = useQuery({
    queryKey: ['schedule', tenderId, status],
    refetchInterval: 10_000,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/tenders/{id}/schedule', { params: { path: { id: tenderId } } }),
      ),
  });
  if (!schedule.data) return null;
  const { next, blockedBy } = schedule.data;
  return (
    <div data-testid="schedule">
      <Text>
        {next
          ? t('schedule.next', {
              event: words(`schedule.events.${next.event}`, next.event),
              at: formatDateTime(next.at),
            })
          : t('schedule.nothingNext')}
      </Text>
      {blockedBy.length > 0 && (
        <>
          <Text fw={500} mt="xs">
            {t('schedule.blockedBy')}
          </Text>
          <List>
            {blockedBy.map((b) => (
              <List.Item key={b.code}>{words(`schedule.blockers.${b.code}`, b.message)}</List.Item>
            ))}
          </List>
        </>
      )}
    </div>
  );
}
