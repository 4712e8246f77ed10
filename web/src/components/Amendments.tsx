import {
  Alert,
  Button,
  Card,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { fieldError } from '../lib/field-errors';
import { formatDateTime } from '../lib/format';
import { normalizeMoney } from '../lib/money';
import { fromMoscowInput, toMoscowInput } from '../lib/moscow-time';
import { useAction } from '../lib/use-action';
import { ErrorText } from './ErrorText';

type Tender = Schemas['TenderResponse'];
type Changes = Partial<Schemas['AmendmentChangesInput']>;

interface Draft {
  reason: string;
  description: string;
  enquiriesUntil: string;
  submissionDeadline: string;
  minInvestmentRub: string;
}

const draftOf = (tender: Tender): Draft => ({
  reason: '',
  description: tender.description,
  enquiriesUntil: toMoscowInput(tender.timeline.enquiriesUntil),
  submissionDeadline: toMoscowInput(tender.timeline.submissionDeadline),
  minInvestmentRub: tender.offsetConditions.minInvestmentRub,
});

/** Only what the officer changed: an unchanged condition sent back would still invalidate bids. */
function changesOf(tender: Tender, draft: Draft): Changes {
  const was = draftOf(tender);
  const changes: Changes = {};
  if (draft.description !== was.description) changes.description = draft.description;
  if (draft.enquiriesUntil !== was.enquiriesUntil)
    changes.enquiriesUntil = fromMoscowInput(draft.enquiriesUntil);
  if (draft.submissionDeadline !== was.submissionDeadline)
    changes.submissionDeadline = fromMoscowInput(draft.submissionDeadline);
  if (draft.minInvestmentRub !== was.minInvestmentRub) {
    const { maxContractSharePct: _kept, ...conditions } = tender.offsetConditions;
    changes.offsetConditions = {
      ...conditions,
      minInvestmentRub: normalizeMoney(draft.minInvestmentRub),
    };
  }
  return changes;
}

const FIELDS = [
  'reason',
  'changes.description',
  'changes.enquiriesUntil',
  'changes.submissionDeadline',
  'changes.offsetConditions',
] as const;

/**
 * A published tender's amendments (DOMAIN.md §3), for everyone to read, and the officer's
 * form for a new one while tendering: the description and dates, or a condition (the minimum
 * investment), which invalidates the submitted bids and may move the deadline.
 */
export function Amendments({ tender }: { tender: Tender }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [draft, setDraft] = useState<Draft>(() => draftOf(tender));
  // An amendment (this one, or a colleague's) changes the tender: start again from it.
  const [seen, setSeen] = useState(tender.updatedAt);
  if (seen !== tender.updatedAt) {
    setSeen(tender.updatedAt);
    setDraft(draftOf(tender));
  }
  const amend = useAction(async (d: Draft) =>
    unwrap(
      await api.POST('/api/v1/tenders/{id}/amendments', {
        params: { path: { id: tender.id } },
        body: { reason: d.reason, changes: changesOf(tender, d) },
      }),
    ),
  );
  const set = (key: keyof Draft) => (event: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    amend.mutate(draft);
  };
  const canAmend = me?.role === 'officer' && tender.status === 'tendering';
  if (tender.amendments.length === 0 && !canAmend) return null;
  return (
    <Card withBorder data-testid="amendments">
      <Stack>
        <Title order={3} size="h4">
          {t('amendments.title')}
        </Title>
        {tender.amendments.length > 0 && (
          <List>
            {tender.amendments.map((a) => (
              <List.Item key={a.id} data-testid="amendment">
                {t('amendments.entry', {
                  number: a.number,
                  at: formatDateTime(a.createdAt),
                  reason: a.reason,
                })}
                {a.conditionChange && (
                  <Text span fw={700}>
                    {' '}
                    — {t('amendments.conditionChange')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {canAmend && (
          <Stack component="form" onSubmit={submit} data-testid="amendment-form">
            <Text size="sm" c="dimmed">
              {t('amendments.hint')}
            </Text>
            <Textarea
              label={t('amendments.description')}
              autosize
              minRows={2}
              value={draft.description}
              error={fieldError(amend.error, 'changes.description')}
              onChange={set('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="datetime-local"
                label={t('tender.enquiriesUntil')}
                value={draft.enquiriesUntil}
                error={fieldError(amend.error, 'changes.enquiriesUntil')}
                onChange={set('enquiriesUntil')}
              />
              <TextInput
                type="datetime-local"
                label={t('tender.submissionDeadline')}
                value={draft.submissionDeadline}
                error={fieldError(amend.error, 'changes.submissionDeadline')}
                onChange={set('submissionDeadline')}
              />
              <TextInput
                label={t('amendments.minInvestment')}
                description={t('amendments.conditionHint')}
                inputMode="decimal"
                value={draft.minInvestmentRub}
                error={fieldError(amend.error, 'changes.offsetConditions')}
                onChange={set('minInvestmentRub')}
              />
            </SimpleGrid>
            <TextInput
              label={t('amendments.reason')}
              required
              value={draft.reason}
              error={fieldError(amend.error, 'reason')}
              onChange={set('reason')}
            />
            <ErrorText error={amend.error} fields={FIELDS} withCode />
            {amend.data && (
              <Alert color="blue" data-testid="amendment-done">
                {t(amend.data.conditionChange ? 'amendments.doneCondition' : 'amendments.done', {
                  number: amend.data.number,
                  deadline: formatDateTime(amend.data.submissionDeadline),
                })}
              </Alert>
            )}
            <Button type="submit" loading={amend.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('amendments.submit')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
