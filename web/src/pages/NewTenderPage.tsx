import {
  Alert,
  Button,
  Card,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { fieldError } from '../lib/field-errors';
import { ErrorText } from '../components/ErrorText';
import { normalizeMoney } from '../lib/money';

type Criterion = Schemas['CriterionInput'];
const CODES: Criterion['code'][] = [
  'price',
  'investment',
  'buildTime',
  'localization',
  'technology',
];
const MIN_PRICE_WEIGHT = 60; // the API's default minimum (INVALID_CRITERIA below it)

/** `YYYY-MM-DDTHH:mm` in the browser's zone, for a datetime-local input. */
const localInput = (date: Date) =>
  new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function NewTenderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const clock = useQuery({
    queryKey: ['sandbox-clock'],
    queryFn: async () => {
      const result = await api.GET('/api/v1/sandbox/clock');
      return result.response.ok ? (result.data ?? null) : null;
    },
  });
  const now = clock.data ? new Date(clock.data.now) : new Date();
  const [f, setF] = useState({
    title: '',
    description: '',
    customer: '',
    item: '',
    unit: '',
    quantity: 1 as number | string,
    maxUnitPriceRub: '',
    minInvestmentRub: '',
    maxBuildMonths: 36 as number | string,
    region: '',
    minLocalizationPct: 50 as number | string,
    contractYears: 10 as number | string,
    commission: '',
    enquiriesUntil: '',
    submissionDeadline: '',
  });
  const [weights, setWeights] = useState<Record<Criterion['code'], number>>({
    price: 60,
    investment: 15,
    buildTime: 10,
    localization: 5,
    technology: 10,
  });
  const set = (key: keyof typeof f) => (e: { currentTarget: { value: string } }) =>
    setF({ ...f, [key]: e.currentTarget.value });
  const sum = CODES.reduce((s, c) => s + weights[c], 0);
  const criteriaProblem =
    sum !== 100
      ? t('newTender.weightsSum', { sum })
      : weights.price < MIN_PRICE_WEIGHT
        ? t('newTender.priceWeight', { min: MIN_PRICE_WEIGHT })
        : null;
  const enquiries = f.enquiriesUntil || localInput(new Date(now.getTime() + 86_400_000));
  const deadline = f.submissionDeadline || localInput(new Date(now.getTime() + 2 * 86_400_000));
  const create = useMutation({
    mutationFn: async () => {
      const extra = f.commission
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      return unwrap(
        await api.POST('/api/v1/tenders', {
          body: {
            title: f.title,
            description: f.description,
            customer: f.customer,
            subject: { item: f.item, unit: f.unit, quantity: Number(f.quantity) },
            maxUnitPriceRub: normalizeMoney(f.maxUnitPriceRub),
            offsetConditions: {
              minInvestmentRub: normalizeMoney(f.minInvestmentRub),
              maxBuildMonths: Number(f.maxBuildMonths),
              region: f.region,
              minLocalizationPct: Number(f.minLocalizationPct),
              contractYears: Number(f.contractYears),
            },
            criteria: CODES.filter((c) => weights[c] > 0).map((code) => ({
              code,
              weight: weights[code],
            })),
            commission: [...new Set([...(me ? [me.id] : []), ...extra])],
            timeline: {
              enquiriesUntil: new Date(enquiries).toISOString(),
              submissionDeadline: new Date(deadline).toISOString(),
            },
          },
        }),
      );
    },
    onSuccess: (tender) => void navigate(`/tenders/${tender.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!criteriaProblem) create.mutate();
  };
  return (
    <Stack component="form" onSubmit={submit}>
      <Title order={2}>{t('newTender.title')}</Title>
      <Card withBorder>
        <Stack>
          <TextInput
            label={t('newTender.name')}
            required
            value={f.title}
            onChange={set('title')}
            error={fieldError(create.error, 'title')}
          />
          <Textarea
            label={t('newTender.description')}
            required
            autosize
            minRows={2}
            value={f.description}
            error={fieldError(create.error, 'description')}
            onChange={set('description')}
          />
          <TextInput
            label={t('tenders.customer')}
            required
            value={f.customer}
            error={fieldError(create.error, 'customer')}
            onChange={set('customer')}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('tender.subject')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tender.item')}
            required
            value={f.item}
            onChange={set('item')}
            error={fieldError(create.error, 'subject.item')}
          />
          <TextInput
            label={t('newTender.unit')}
            required
            value={f.unit}
            onChange={set('unit')}
            error={fieldError(create.error, 'subject.unit')}
          />
          <NumberInput
            label={t('tender.quantity')}
            required
            min={1}
            value={f.quantity}
            error={fieldError(create.error, 'subject.quantity')}
            onChange={(v) => setF({ ...f, quantity: v })}
          />
          <TextInput
            label={t('tender.ceiling')}
            required
            inputMode="decimal"
            value={f.maxUnitPriceRub}
            error={fieldError(create.error, 'maxUnitPriceRub')}
            onChange={set('maxUnitPriceRub')}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('tender.conditions')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tender.minInvestment')}
            required
            inputMode="decimal"
            value={f.minInvestmentRub}
            error={fieldError(create.error, 'offsetConditions.minInvestmentRub')}
            onChange={set('minInvestmentRub')}
          />
          <NumberInput
            label={t('tender.maxBuildMonths')}
            required
            min={1}
            value={f.maxBuildMonths}
            error={fieldError(create.error, 'offsetConditions.maxBuildMonths')}
            onChange={(v) => setF({ ...f, maxBuildMonths: v })}
          />
          <TextInput
            label={t('tender.region')}
            required
            value={f.region}
            error={fieldError(create.error, 'offsetConditions.region')}
            onChange={set('region')}
          />
          <NumberInput
            label={t('tender.minLocalization')}
            required
            min={0}
            max={100}
            value={f.minLocalizationPct}
            error={fieldError(create.error, 'offsetConditions.minLocalizationPct')}
            onChange={(v) => setF({ ...f, minLocalizationPct: v })}
          />
          <NumberInput
            label={t('tender.contractYears')}
            required
            min={1}
            value={f.contractYears}
            error={fieldError(create.error, 'offsetConditions.contractYears')}
            onChange={(v) => setF({ ...f, contractYears: v })}
          />
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('tender.criteria')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {CODES.map((code) => (
            <NumberInput
              key={code}
              label={t(`criteria.${code}`)}
              min={0}
              max={100}
              suffix=" %"
              value={weights[code]}
              onChange={(v) => setWeights({ ...weights, [code]: Number(v) || 0 })}
            />
          ))}
        </SimpleGrid>
        {criteriaProblem && (
          <Alert color="red" mt="sm" data-testid="criteria-problem">
            {criteriaProblem}
          </Alert>
        )}
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('tender.timeline')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('tender.enquiriesUntil')}
            required
            value={enquiries}
            error={fieldError(create.error, 'timeline.enquiriesUntil')}
            onChange={set('enquiriesUntil')}
          />
          <TextInput
            type="datetime-local"
            label={t('tender.submissionDeadline')}
            required
            value={deadline}
            error={fieldError(create.error, 'timeline.submissionDeadline')}
            onChange={set('submissionDeadline')}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('newTender.commission')}
          description={t('newTender.commissionHint')}
          value={f.commission}
          error={fieldError(create.error, 'commission')}
          onChange={set('commission')}
        />
      </Card>
      <ErrorText
        error={create.error}
        fields={[
          'title',
          'subject.item',
          'subject.unit',
          'description',
          'customer',
          'subject.quantity',
          'maxUnitPriceRub',
          'offsetConditions.minInvestmentRub',
          'offsetConditions.maxBuildMonths',
          'offsetConditions.region',
          'offsetConditions.minLocalizationPct',
          'offsetConditions.contractYears',
          'timeline.enquiriesUntil',
          'timeline.submissionDeadline',
          'commission',
        ]}
      />
      <Button type="submit" loading={create.isPending} disabled={criteriaProblem !== null}>
        {t('newTender.save')}
      </Button>
    </Stack>
  );
}
