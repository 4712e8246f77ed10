import { Button, Card, Group, NumberInput, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { fieldError } from '../../lib/field-errors';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';
import type { Contract } from './contract-api';

const FIELDS = ['year', 'producedByItem'] as const;

/** The investor reports a finished calendar year's output, per item. */
export function ProductionReportForm(props: { contract: Contract; lastYear: number }) {
  const { contract } = props;
  const { t } = useTranslation();
  const [year, setYear] = useState<number | string>(props.lastYear);
  const [produced, setProduced] = useState<Record<string, number | string>>({});
  const file = useAction(
    async () =>
      unwrap(
        await api.POST('/api/v1/contracts/{id}/production-reports', {
          params: { path: { id: contract.id } },
          body: {
            year: Number(year),
            producedByItem: Object.fromEntries(
              contract.items.map((i) => [i.code, Number(produced[i.code] ?? 0)]),
            ),
          },
        }),
      ),
    () => setProduced({}),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} data-testid="production-form">
      <Title order={4} size="h5" mb="xs">
        {t('production.new')}
      </Title>
      <Stack gap="xs">
        <Group align="flex-start">
          <NumberInput
            label={t('production.year')}
            description={t('production.yearHint')}
            required
            allowDecimal={false}
            value={year}
            onChange={setYear}
            error={fieldError(file.error, 'year')}
          />
          {contract.items.map((i) => (
            <NumberInput
              key={i.code}
              label={t('production.produced', { item: i.name, unit: i.unit })}
              required
              allowDecimal={false}
              value={produced[i.code] ?? ''}
              onChange={(v) => setProduced({ ...produced, [i.code]: v })}
              error={fieldError(file.error, `producedByItem.${i.code}`)}
            />
          ))}
        </Group>
        <ErrorText error={file.error} fields={FIELDS} />
        <Group>
          <Button size="xs" type="submit" loading={file.isPending}>
            {t('production.file')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
