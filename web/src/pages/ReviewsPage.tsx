import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { ErrorText } from '../components/ErrorText';
import { ReviewForm, type Decision } from '../components/ReviewForm';
import { words } from '../i18n';
import { downloadFile } from '../lib/download';
import { formatDate, formatDateTime, formatNumber, formatRub } from '../lib/format';

type Pending = Schemas['PendingReviewResponse'];
type Kind = 'milestone_report' | 'production_report';
const PAGE = 20;

/** The verdict goes to the report's own route: a milestone's or a production report's. */
async function review(item: Pending, body: { decision: Decision; comment: string }) {
  if (item.milestone) {
    return unwrap(
      await api.POST('/api/v1/contracts/{id}/milestones/{mid}/reports/{rid}/review', {
        params: { path: { id: item.contractId, mid: item.milestone.id, rid: item.reportId } },
        body,
      }),
    );
  }
  return unwrap(
    await api.POST('/api/v1/contracts/{id}/production-reports/{rid}/review', {
      params: { path: { id: item.contractId, rid: item.reportId } },
      body,
    }),
  );
}

function PendingCard({ item, auditor }: { item: Pending; auditor: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="pending-review">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/contracts/${item.contractId}`} fw={700}>
            {item.organization.name}
          </Anchor>
          <Badge variant="light" color={item.milestone ? 'blue' : 'grape'}>
            {t(`reviews.one.${item.kind as Kind}`)}
          </Badge>
        </Group>
        {item.milestone ? (
          <>
            <Text size="sm" fw={500}>
              {words(`milestones.${item.milestone.code}`, item.milestone.code)} —{' '}
              {item.milestone.title} ·{' '}
              {t('reviews.due', { date: formatDate(item.milestone.dueDate) })}
            </Text>
            <Text size="sm">
              {item.note} · {t('contract.investedAmount', { amount: formatRub(item.investedRub) })}
            </Text>
          </>
        ) : (
          <Text size="sm" fw={500}>
            {t('production.reportTitle', { year: item.year })}:{' '}
            {Object.entries(item.producedByItem ?? {})
              .map(([code, n]) => `${code}: ${formatNumber(n)}`)
              .join(' · ')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('reviews.submitted', { at: formatDateTime(item.submittedAt) })}
        </Text>
        {item.documentIds.length > 0 && (
          <Group gap="xs">
            {item.documentIds.map((doc) => (
              <Button
                key={doc}
                size="compact-xs"
                variant="default"
                onClick={() =>
                  void downloadFile(`/api/v1/contracts/${item.contractId}/documents/${doc}`, doc)
                }
              >
                {t('contract.downloadEvidence')}
              </Button>
            ))}
          </Group>
        )}
        {auditor && <ReviewForm run={(body) => review(item, body)} />}
      </Stack>
    </Card>
  );
}

/**
 * The review queue across contracts: every milestone and production report awaiting an
 * auditor's verdict, oldest first, reviewed right here; officers read it without acting.
 */
export function ReviewsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [kind, setKind] = useState<'all' | Kind>('all');
  const [page, setPage] = useState(1);
  const pending = useQuery({
    queryKey: ['pending-reviews', kind, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/reviews/pending', {
          params: {
            query: {
              limit: PAGE,
              offset: (page - 1) * PAGE,
              ...(kind === 'all' ? {} : { kind }),
            },
          },
        }),
      ),
  });
  const pages = Math.ceil((pending.data?.total ?? 0) / PAGE);
  return (
    <Stack>
      <Title order={2}>{t('reviews.title')}</Title>
      <Text size="sm">{t('reviews.hint')}</Text>
      <SegmentedControl
        aria-label={t('reviews.filter')}
        value={kind}
        onChange={(value) => {
          setKind(value as 'all' | Kind);
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('reviews.all') },
          { value: 'milestone_report', label: t('reviews.kind.milestone_report') },
          { value: 'production_report', label: t('reviews.kind.production_report') },
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      <ErrorText error={pending.error} />
      {pending.data && (
        <Text size="sm" data-testid="pending-total">
          {t('reviews.total', { count: pending.data.total })}
        </Text>
      )}
      {pending.data?.items.length === 0 && <Text>{t('reviews.none')}</Text>}
      {pending.data?.items.map((item) => (
        <PendingCard key={item.reportId} item={item} auditor={me?.role === 'auditor'} />
      ))}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({
            'aria-label': t(
              control === 'previous' || control === 'first' ? 'reviews.previous' : 'reviews.next',
            ),
          })}
        />
      )}
    </Stack>
  );
}
