import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../api/client';
import { fieldError } from '../lib/field-errors';
import { formatDate } from '../lib/format';
import { useAction } from '../lib/use-action';
import { ErrorText } from './ErrorText';

/** The Bank of Russia key rate, from the day each decision takes effect (penalties use it). */
export function KeyRates() {
  const { t } = useTranslation();
  const [rate, setRate] = useState({ effectiveFrom: '', ratePct: '' });
  const rates = useQuery({
    queryKey: ['key-rates'],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/key-rates')),
  });
  const record = useAction(
    async () =>
      unwrap(
        await api.POST('/api/v1/admin/key-rates', {
          body: { ...rate, ratePct: rate.ratePct.trim().replace(',', '.') },
        }),
      ),
    () => setRate({ effectiveFrom: '', ratePct: '' }),
  );
  // A second decision for the same day is refused as INVALID_STATE: it concerns the date.
  const taken = record.error instanceof ApiError && record.error.code === 'INVALID_STATE';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t('keyRates.title')}
        </Title>
        <ErrorText error={rates.error} />
        {rates.data && (
          <Table data-testid="key-rates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('keyRates.effectiveFrom')}</Table.Th>
                <Table.Th>{t('keyRates.ratePct')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rates.data.items].reverse().map((r) => (
                <Table.Tr key={r.effectiveFrom}>
                  <Table.Td>{formatDate(r.effectiveFrom)}</Table.Td>
                  <Table.Td>{r.ratePct.replace('.', t('keyRates.decimal'))} %</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={submit} data-testid="key-rate-form">
          <Group align="flex-start">
            <TextInput
              type="date"
              label={t('keyRates.effectiveFrom')}
              required
              value={rate.effectiveFrom}
              error={taken ? t('keyRates.taken') : fieldError(record.error, 'effectiveFrom')}
              onChange={(e) => setRate({ ...rate, effectiveFrom: e.currentTarget.value })}
            />
            <TextInput
              label={t('keyRates.ratePct')}
              description={t('keyRates.rateHint')}
              required
              inputMode="decimal"
              value={rate.ratePct}
              error={fieldError(record.error, 'ratePct')}
              onChange={(e) => setRate({ ...rate, ratePct: e.currentTarget.value })}
            />
            <Button type="submit" mt={25} loading={record.isPending}>
              {t('keyRates.record')}
            </Button>
          </Group>
        </form>
        {!taken && <ErrorText error={record.error} fields={['effectiveFrom', 'ratePct']} />}
      </Stack>
    </Card>
  );
}

const DAY = /\d{4}-\d{2}-\d{2}/g;

/** A year's non-working days in Moscow: the table when set, else weekends and fixed holidays. */
export function WorkingCalendar({ initialYear }: { initialYear: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(initialYear);
  const [text, setText] = useState<string | null>(null);
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/calendar/{year}', { params: { path: { year } } })),
  });
  const days = text ?? calendar.data?.nonWorkingDays.join('\n') ?? '';
  const replace = useAction(
    async () =>
      unwrap(
        await api.PUT('/api/v1/admin/calendar/{year}', {
          params: { path: { year } },
          body: { nonWorkingDays: days.match(DAY) ?? [] },
        }),
      ),
    () => setText(null),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} data-testid="calendar-form">
      <Stack>
        <Title order={3} size="h4">
          {t('calendar.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('calendar.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => {
              if (typeof v === 'number' && v >= 2000 && v <= 2100) {
                setYear(v);
                setText(null);
              }
            }}
          />
          {calendar.data && (
            <Stack gap={4} justify="flex-end">
              <Text data-testid="calendar-summary">
                {t('calendar.summary', { count: calendar.data.nonWorkingDays.length })}{' '}
                <Badge variant="light" color={calendar.data.source === 'table' ? 'blue' : 'gray'}>
                  {t(`calendar.source.${calendar.data.source}`)}
                </Badge>
              </Text>
            </Stack>
          )}
        </SimpleGrid>
        <ErrorText error={calendar.error} />
        <Textarea
          label={t('calendar.days')}
          description={t('calendar.daysHint')}
          autosize
          minRows={4}
          maxRows={12}
          value={days}
          error={fieldError(replace.error, 'nonWorkingDays')}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <ErrorText error={replace.error} fields={['nonWorkingDays']} />
        <Group>
          <Button type="submit" loading={replace.isPending} disabled={!calendar.data}>
            {t('calendar.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
