import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { words } from '../i18n';
import { formatRub } from '../lib/format';
import { bidWarnings, type BidContent } from '../lib/bid-warnings';
import { normalizeMoney } from '../lib/money';
import { fieldError } from '../lib/field-errors';
import { FieldMessage } from './FieldMessage';
import { ErrorText } from './ErrorText';
import { ReceiptView, sentContent } from './ReceiptView';

type Milestone = BidContent['milestones'][number];
const CODES: Milestone['code'][] = [
  'land_secured',
  'permit_obtained',
  'construction_started',
  'equipment_installed',
  'commissioning',
  'production_start',
  'localization_confirmed',
  'other',
];

/** A tender of several product lines (CONTRACT.md §1) takes a price and a capacity per item. */
const isMultiItem = (tender: Schemas['TenderResponse']) => tender.subject === null;

function initialContent(tender: Schemas['TenderResponse']): BidContent {
  const months = tender.offsetConditions.maxBuildMonths;
  const multi = isMultiItem(tender);
  return {
    ...(multi
      ? { prices: tender.items.map((i) => ({ item: i.code, unitPriceRub: '' })) }
      : { unitPriceRub: '' }),
    investmentRub: '',
    buildMonths: months,
    localizationPct: tender.offsetConditions.minLocalizationPct,
    plant: multi
      ? { address: '', capacityByItem: Object.fromEntries(tender.items.map((i) => [i.code, 0])) }
      : { address: '', capacityPerYear: 0 },
    milestones: [
      { code: 'land_secured', title: '', dueMonth: 3, investmentRub: '0.00' },
      { code: 'production_start', title: '', dueMonth: months, investmentRub: '0.00' },
    ],
    technicalProposal: '',
  };
}

/**
 * The bid form the tender's terms generate, with its admission warnings shown live. Given
 * `replacing`, it opens with what this browser sent last (a sealed bid is not readable back)
 * and puts a new version of that bid; `onReplaced` then closes it.
 */
export function BidForm({
  tender,
  replacing,
  onReplaced,
}: {
  tender: Schemas['TenderResponse'];
  replacing?: Schemas['BidResponse'];
  onReplaced?: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [content, setContent] = useState<BidContent>(
    () =>
      (replacing &&
        (sentContent.load(replacing.id, replacing.version) as BidContent | undefined)) ??
      initialContent(tender),
  );
  const warnings = bidWarnings(content, tender);
  const submit = useMutation({
    mutationFn: async (body: BidContent) => {
      const bid = unwrap(
        replacing
          ? await api.PUT('/api/v1/tenders/{id}/bids/{bidId}', {
              params: { path: { id: tender.id, bidId: replacing.id } },
              body,
            })
          : await api.POST('/api/v1/tenders/{id}/bids', {
              params: { path: { id: tender.id } },
              body,
            }),
      );
      sentContent.save(bid.id, bid.version, body);
      return { bid, body };
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['own-bids', tender.id] });
      onReplaced?.();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit.mutate({
      ...content,
      ...(content.unitPriceRub !== undefined
        ? { unitPriceRub: normalizeMoney(content.unitPriceRub) }
        : {}),
      ...(content.prices
        ? {
            prices: content.prices.map((p) => ({
              ...p,
              unitPriceRub: normalizeMoney(p.unitPriceRub),
            })),
          }
        : {}),
      investmentRub: normalizeMoney(content.investmentRub),
      milestones: content.milestones.map((m) => ({
        ...m,
        investmentRub: normalizeMoney(m.investmentRub),
      })),
    });
  };
  const setMilestone = (index: number, patch: Partial<Milestone>) =>
    setContent({
      ...content,
      milestones: content.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)),
    });

  if (submit.data) {
    return (
      <Stack>
        <Alert color="blue" title={t('bid.submitted')} data-testid="bid-submitted" />
        {submit.data.bid.warnings && submit.data.bid.warnings.length > 0 && (
          <Alert color="yellow" title={t('bid.serverWarnings')}>
            <List>
              {submit.data.bid.warnings.map((w) => (
                <List.Item key={w.code}>{words(`findings.${w.code}`, w.message)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ReceiptView
          bidId={submit.data.bid.id}
          version={submit.data.bid.version}
          receipt={submit.data.bid.receipt}
          content={submit.data.body}
        />
      </Stack>
    );
  }

  return (
    <Stack component="form" onSubmit={onSubmit} data-testid="bid-form">
      <Title order={3}>{t(replacing ? 'bid.replaceTitle' : 'bid.formTitle')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {tender.subject && (
          <TextInput
            label={t('bid.unitPrice', { unit: tender.subject.unit })}
            description={t('bid.ceiling', { value: formatRub(tender.maxUnitPriceRub) })}
            required
            inputMode="decimal"
            value={content.unitPriceRub ?? ''}
            error={fieldError(submit.error, 'unitPriceRub')}
            onChange={(e) => setContent({ ...content, unitPriceRub: e.currentTarget.value })}
          />
        )}
        {content.prices?.map((price, index) => {
          const item = tender.items.find((i) => i.code === price.item);
          return (
            <TextInput
              key={price.item}
              label={t('bid.itemPrice', { item: item?.name ?? price.item, unit: item?.unit ?? '' })}
              description={t('bid.ceiling', { value: formatRub(item?.maxUnitPriceRub) })}
              required
              inputMode="decimal"
              error={
                fieldError(submit.error, `prices[${index}]`) ??
                fieldError(submit.error, `prices.${index}`)
              }
              value={price.unitPriceRub}
              onChange={(e) =>
                setContent({
                  ...content,
                  prices: (content.prices ?? []).map((p, j) =>
                    j === index ? { ...p, unitPriceRub: e.currentTarget.value } : p,
                  ),
                })
              }
            />
          );
        })}
        <TextInput
          label={t('bid.investment')}
          description={t('bid.minimum', {
            value: formatRub(tender.offsetConditions.minInvestmentRub),
          })}
          required
          inputMode="decimal"
          value={content.investmentRub}
          error={fieldError(submit.error, 'investmentRub')}
          onChange={(e) => setContent({ ...content, investmentRub: e.currentTarget.value })}
        />
        <NumberInput
          label={t('bid.buildMonths')}
          description={t('bid.maxMonths', { value: tender.offsetConditions.maxBuildMonths })}
          required
          min={1}
          value={content.buildMonths}
          error={fieldError(submit.error, 'buildMonths')}
          onChange={(v) => setContent({ ...content, buildMonths: Number(v) || 0 })}
        />
        <NumberInput
          label={t('bid.localization')}
          description={t('bid.minPct', { value: tender.offsetConditions.minLocalizationPct })}
          required
          min={0}
          max={100}
          value={content.localizationPct}
          error={fieldError(submit.error, 'localizationPct')}
          onChange={(v) => setContent({ ...content, localizationPct: Number(v) || 0 })}
        />
        <TextInput
          label={t('bid.plantAddress')}
          required
          error={fieldError(submit.error, 'plant.address')}
          value={content.plant.address}
          onChange={(e) =>
            setContent({ ...content, plant: { ...content.plant, address: e.currentTarget.value } })
          }
        />
        {tender.subject ? (
          <NumberInput
            label={t('bid.capacity', { unit: tender.subject.unit })}
            required
            min={1}
            error={fieldError(submit.error, 'plant.capacityPerYear')}
            value={content.plant.capacityPerYear ?? 0}
            onChange={(v) =>
              setContent({
                ...content,
                plant: { ...content.plant, capacityPerYear: Number(v) || 0 },
              })
            }
          />
        ) : (
          tender.items.map((item) => (
            <NumberInput
              key={item.code}
              label={t('bid.capacity', { unit: `${item.unit}, ${item.name}` })}
              required
              min={0}
              error={fieldError(submit.error, `plant.capacityByItem.${item.code}`)}
              value={content.plant.capacityByItem?.[item.code] ?? 0}
              onChange={(v) =>
                setContent({
                  ...content,
                  plant: {
                    ...content.plant,
                    capacityByItem: {
                      ...content.plant.capacityByItem,
                      [item.code]: Number(v) || 0,
                    },
                  },
                })
              }
            />
          ))
        )}
      </SimpleGrid>
      <Title order={4}>{t('bid.milestones')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bid.milestoneCode')}</Table.Th>
              <Table.Th>{t('bid.milestoneTitle')}</Table.Th>
              <Table.Th>{t('bid.dueMonth')}</Table.Th>
              <Table.Th>{t('bid.tranche')}</Table.Th>
              <Table.Th>
                <span className="visually-hidden">{t('bid.remove')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {content.milestones.map((m, i) => (
              <Table.Tr key={i} data-testid="milestone-row">
                <Table.Td>
                  <Select
                    aria-label={t('bid.milestoneCode')}
                    value={m.code}
                    allowDeselect={false}
                    onChange={(v) => v && setMilestone(i, { code: v as Milestone['code'] })}
                    data={CODES.map((c) => ({ value: c, label: t(`milestones.${c}`) }))}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('bid.milestoneTitle')}
                    required
                    value={m.title}
                    onChange={(e) => setMilestone(i, { title: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('bid.dueMonth')}
                    min={1}
                    w={90}
                    value={m.dueMonth}
                    onChange={(v) => setMilestone(i, { dueMonth: Number(v) || 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('bid.tranche')}
                    inputMode="decimal"
                    value={m.investmentRub}
                    onChange={(e) => setMilestone(i, { investmentRub: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('bid.remove')}
                    onClick={() =>
                      setContent({
                        ...content,
                        milestones: content.milestones.filter((_, j) => j !== i),
                      })
                    }
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FieldMessage error={submit.error} field="milestones" />
      <Group>
        <Button
          variant="light"
          onClick={() =>
            setContent({
              ...content,
              milestones: [
                ...content.milestones,
                { code: 'other', title: '', dueMonth: 1, investmentRub: '0.00' },
              ],
            })
          }
        >
          {t('bid.addMilestone')}
        </Button>
      </Group>
      <Textarea
        label={t('bid.technicalProposal')}
        required
        autosize
        minRows={3}
        value={content.technicalProposal}
        error={fieldError(submit.error, 'technicalProposal')}
        onChange={(e) => setContent({ ...content, technicalProposal: e.currentTarget.value })}
      />
      {warnings.length > 0 && (
        <Alert color="yellow" title={t('bid.warningsTitle')} data-testid="bid-warnings">
          <List>
            {warnings.map((w) => (
              <List.Item key={w.code}>
                {t(`bidWarnings.${w.code}` as never, {
                  ...w.params,
                  max: typeof w.params.max === 'string' ? formatRub(w.params.max) : w.params.max,
                  min: typeof w.params.min === 'string' ? formatRub(w.params.min) : w.params.min,
                  sum: typeof w.params.sum === 'string' ? formatRub(w.params.sum) : w.params.sum,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ErrorText
        error={submit.error}
        fields={[
          'prices',
          'plant',
          'milestones',
          'unitPriceRub',
          'investmentRub',
          'buildMonths',
          'localizationPct',
          'technicalProposal',
        ]}
      />
      <Group>
        <Button type="submit" loading={submit.isPending}>
          {t(replacing ? 'bid.replaceSubmit' : 'bid.submit')}
        </Button>
        {replacing && onReplaced && (
          <Button variant="default" onClick={onReplaced}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
