import { Badge, Button, Group, NumberInput, Popover, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth';
import { formatDateTime } from '../lib/format';
import { ErrorText } from './ErrorText';
import { fieldError } from '../lib/field-errors';

/** The sandbox clock (only on a SANDBOX=true server); an admin moves it forward. */
export function SandboxClock() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const client = useQueryClient();
  const [days, setDays] = useState<number | string>(3);
  const [opened, setOpened] = useState(false);
  const clock = useQuery({
    queryKey: ['sandbox-clock'],
    queryFn: async () => {
      const result = await api.GET('/api/v1/sandbox/clock');
      return result.response.ok ? (result.data ?? null) : null;
    },
  });
  const advance = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/sandbox/clock', {
          body: { advanceMs: Math.round(Number(days) * 86_400_000) },
        }),
      ),
    onSuccess: async () => {
      setOpened(false);
      await client.invalidateQueries();
    },
  });
  if (!clock.data) return null;
  const label = (
    <Badge variant="light" color="orange" size="lg" data-testid="sandbox-now">
      {t('sandbox.now', { at: formatDateTime(clock.data.now) })}
    </Badge>
  );
  if (me?.role !== 'admin') return <Group visibleFrom="sm">{label}</Group>;
  return (
    <Popover withArrow trapFocus opened={opened} onChange={setOpened}>
      <Popover.Target>
        <Button
          variant="light"
          color="orange"
          size="xs"
          data-testid="sandbox-open"
          onClick={() => setOpened((o) => !o)}
        >
          {t('sandbox.now', { at: formatDateTime(clock.data.now) })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">{t('sandbox.explain')}</Text>
          <NumberInput
            label={t('sandbox.days')}
            min={0}
            step={1}
            decimalScale={3}
            value={days}
            onChange={setDays}
            error={fieldError(advance.error, 'advanceMs')}
          />
          <Button loading={advance.isPending} onClick={() => advance.mutate()}>
            {t('sandbox.advance')}
          </Button>
          <ErrorText error={advance.error} fields={['advanceMs']} />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
