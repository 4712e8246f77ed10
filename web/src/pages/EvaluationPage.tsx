import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { ErrorText } from '../components/ErrorText';
import { fieldError } from '../lib/field-errors';
import { StatusBadge } from '../components/StatusBadge';
import { words } from '../i18n';
import { formatRub } from '../lib/format';

type ProtocolBid = Schemas['ProtocolBidResponse'];

/** The commission's declaration of (no) conflict of interest, once, before scoring. */
function Declaration({ tenderId }: { tenderId: string }) {
  const { t } = useTranslation();
  const [conflict, setConflict] = useState(false);
  const declare = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/tenders/{id}/evaluation/declarations', {
          params: { path: { id: tenderId } },
          body: { conflictOfInterest: conflict },
        }),
      ),
  });
  if (declare.data) {
    return (
      <Alert color="green" data-testid="declared">
        {declare.data.conflictOfInterest
          ? t('evaluation.declaredConflict')
          : t('evaluation.declaredNone')}
      </Alert>
    );
  }
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('evaluation.declaration')}
        </Title>
        <Checkbox
          label={t('evaluation.haveConflict')}
          checked={conflict}
          onChange={(e) => setConflict(e.currentTarget.checked)}
        />
        <Group>
          <Button loading={declare.isPending} onClick={() => declare.mutate()}>
            {t('evaluation.declare')}
          </Button>
        </Group>
        <ErrorText error={declare.error} />
      </Stack>
    </Card>
  );
}

function ExpertScore({ tenderId, bid }: { tenderId: string; bid: ProtocolBid }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [score, setScore] = useState<number | string>('');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/v1/tenders/{id}/evaluation/expert-scores/{bidId}', {
          params: { path: { id: tenderId, bidId: bid.bidId } },
          body: { scores: { technology: Number(score) } },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['protocol', tenderId] }),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <NumberInput
          aria-label={t('evaluation.scoreFor', { name: bid.organization.name })}
          min={0}
          max={100}
          w={90}
          value={score}
          error={fieldError(save.error, 'scores')}
          onChange={setScore}
        />
        <Button
          size="xs"
          loading={save.isPending}
          disabled={score === ''}
          onClick={() => save.mutate()}
        >
          {t('evaluation.saveScore')}
        </Button>
      </Group>
      {save.isSuccess && (
        <Text size="xs" fw={700}>
          {t('evaluation.scoreSaved')}
        </Text>
      )}
      <ErrorText error={save.error} fields={['scores']} />
    </Stack>
  );
}

function Rejection({ tenderId, bid }: { tenderId: string; bid: ProtocolBid }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const reject = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/tenders/{id}/evaluation/admission/{bidId}', {
          params: { path: { id: tenderId, bidId: bid.bidId } },
          body: { admitted: !bid.admitted, reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['protocol', tenderId] }),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={t('evaluation.reasonFor', { name: bid.organization.name })}
          placeholder={t('evaluation.reason')}
          w={140}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(reject.error, 'reason')}
        />
        <Button
          size="xs"
          variant="light"
          color={bid.admitted ? 'red' : 'green'}
          disabled={reason.trim() === ''}
          loading={reject.isPending}
          onClick={() => reject.mutate()}
        >
          {bid.admitted ? t('evaluation.reject') : t('evaluation.readmit')}
        </Button>
      </Group>
      <ErrorText error={reject.error} fields={['reason']} />
    </Stack>
  );
}

/** The evaluation matrix: admission, blind expert scores, the ranking, and the award. */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const client = useQueryClient();
  const tender = useQuery({
    queryKey: ['tender', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tenders/{id}', { params: { path: { id } } })),
  });
  const protocol = useQuery({
    queryKey: ['protocol', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tenders/{id}/evaluation', { params: { path: { id } } })),
  });
  const award = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/tenders/{id}/award', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries(),
  });
  const evaluating = tender.data?.status === 'evaluation';
  const member = !!me && !!tender.data?.commission.includes(me.id);
  const officer = me?.role === 'officer';
  const criteria = protocol.data?.criteria ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={4}>
          <Title order={2}>{t('evaluation.title')}</Title>
          {tender.data && (
            <Group gap="xs">
              <Anchor component={Link} to={`/tenders/${id}`}>
                {tender.data.title}
              </Anchor>
              <StatusBadge status={tender.data.status} />
            </Group>
          )}
        </Stack>
        {officer && evaluating && (
          <Button loading={award.isPending} onClick={() => award.mutate()}>
            {t('evaluation.award')}
          </Button>
        )}
      </Group>
      <ErrorText error={award.error} />
      <ErrorText error={protocol.error} />
      {member && evaluating && <Declaration tenderId={id} />}
      {protocol.data && (
        <>
          <Group gap="xs">
            <Text>{t('evaluation.protocolStatus')}</Text>
            <StatusBadge status={protocol.data.status} />
            {protocol.data.singleBid && <Text>{t('evaluation.singleBid')}</Text>}
          </Group>
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="protocol">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluation.rank')}</Table.Th>
                  <Table.Th>{t('evaluation.bidder')}</Table.Th>
                  <Table.Th>{t('evaluation.admission')}</Table.Th>
                  <Table.Th>{t('criteria.price')}</Table.Th>
                  <Table.Th>{t('criteria.investment')}</Table.Th>
                  <Table.Th>{t('criteria.buildTime')}</Table.Th>
                  <Table.Th>{t('criteria.localization')}</Table.Th>
                  {criteria.map((c) => (
                    <Table.Th key={c.code}>
                      {t('evaluation.scoreOf', { criterion: t(`criteria.${c.code}`) })}
                    </Table.Th>
                  ))}
                  <Table.Th>{t('criteria.total')}</Table.Th>
                  {member && evaluating && <Table.Th>{t('evaluation.yourScore')}</Table.Th>}
                  {officer && evaluating && <Table.Th>{t('evaluation.admissionAction')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {protocol.data.bids.map((bid) => (
                  <Table.Tr key={bid.bidId} data-testid="protocol-row">
                    <Table.Td>{bid.rank ?? '—'}</Table.Td>
                    <Table.Td>{bid.organization.name}</Table.Td>
                    <Table.Td>
                      {bid.admitted ? (
                        t('status.admitted')
                      ) : (
                        <Stack gap={2}>
                          <Text size="sm">{t('status.rejected')}</Text>
                          {bid.rejectionReasons.map((r) => (
                            <Text size="xs" key={r.code + r.message}>
                              {words(`findings.${r.code}`, r.message)}
                              {r.code === 'MANUAL' ? `: ${r.message}` : ''}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>{formatRub(bid.values.price)}</Table.Td>
                    <Table.Td>{formatRub(bid.values.investment)}</Table.Td>
                    <Table.Td>{bid.values.buildTime}</Table.Td>
                    <Table.Td>{bid.values.localization} %</Table.Td>
                    {criteria.map((c) => (
                      <Table.Td key={c.code}>{bid.scores?.[c.code] ?? '—'}</Table.Td>
                    ))}
                    <Table.Td fw={700}>{bid.scores?.total ?? '—'}</Table.Td>
                    {member && evaluating && (
                      <Table.Td>
                        {bid.admitted ? <ExpertScore tenderId={id} bid={bid} /> : '—'}
                      </Table.Td>
                    )}
                    {officer && evaluating && (
                      <Table.Td>
                        <Rejection tenderId={id} bid={bid} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
