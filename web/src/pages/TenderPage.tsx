import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, session, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { Amendments } from '../components/Amendments';
import { Enquiries } from '../components/Enquiries';
import { ErrorText } from '../components/ErrorText';
import { OwnBids } from '../components/OwnBids';
import { Schedule } from '../components/Schedule';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime, formatNumber, formatRub } from '../lib/format';

const OPENED = ['evaluation', 'standstill', 'contracting', 'complete'];

async function downloadOcds(id: string) {
  const token = session.token();
  const response = await fetch(`/api/v1/tenders/${id}/ocds`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `ocds-${id}.json`;
  a.click();
  URL.revokeObjectURL(url);
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="45%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function TenderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: me } = useMe();
  const client = useQueryClient();
  const tender = useQuery({
    queryKey: ['tender', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/tenders/{id}', { params: { path: { id } } })),
  });
  const publish = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/tenders/{id}/publish', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries(),
  });
  if (!tender.data) return <ErrorText error={tender.error} />;
  const x: Schemas['TenderResponse'] = tender.data;
  const c = x.offsetConditions;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{x.title}</Title>
          <Group gap="xs">
            <StatusBadge status={x.status} />
            <Text c="dimmed">{x.customer}</Text>
          </Group>
        </Stack>
        <Group>
          <Button variant="default" onClick={() => void downloadOcds(x.id)}>
            {t('tender.ocds')}
          </Button>
          {me?.role === 'officer' && x.status === 'draft' && (
            <Button loading={publish.isPending} onClick={() => publish.mutate()}>
              {t('tender.publish')}
            </Button>
          )}
          {(me?.role === 'officer' || me?.role === 'auditor') && OPENED.includes(x.status) && (
            <Button component={Link} to={`/tenders/${x.id}/evaluation`}>
              {t('tender.evaluation')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorText error={publish.error} />
      <Text>{x.description}</Text>
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">
          {t('tender.whatNext')}
        </Title>
        <Schedule tenderId={x.id} status={x.status} />
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('tender.subject')}
          </Title>
          <Table>
            <Table.Tbody>
              {x.subject && x.maxUnitPriceRub !== null ? (
                <>
                  <Row label={t('tender.item')}>{x.subject.item}</Row>
                  <Row label={t('tender.quantity')}>
                    {formatNumber(x.subject.quantity)} {x.subject.unit}
                  </Row>
                  <Row label={t('tender.ceiling')}>{formatRub(x.maxUnitPriceRub)}</Row>
                </>
              ) : (
                x.items.map((item) => (
                  <Row key={item.code} label={item.name}>
                    {formatNumber(item.quantityByYear.reduce((sum, q) => sum + q, 0))} {item.unit} ·{' '}
                    {t('tender.ceilingShort')} {formatRub(item.maxUnitPriceRub)}
                  </Row>
                ))
              )}
              {x.bidsCount !== undefined && (
                <Row label={t('tender.bidsCount')}>
                  <span data-testid="bids-count">{x.bidsCount}</span>
                </Row>
              )}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('tender.conditions')}
          </Title>
          <Table>
            <Table.Tbody>
              <Row label={t('tender.minInvestment')}>{formatRub(c.minInvestmentRub)}</Row>
              <Row label={t('tender.maxBuildMonths')}>{c.maxBuildMonths}</Row>
              <Row label={t('tender.region')}>{c.region}</Row>
              <Row label={t('tender.minLocalization')}>{c.minLocalizationPct} %</Row>
              <Row label={t('tender.contractYears')}>{c.contractYears}</Row>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('tender.criteria')}
          </Title>
          <Table>
            <Table.Tbody>
              {x.criteria.map((cr) => (
                <Row key={cr.code} label={t(`criteria.${cr.code}`)}>
                  {cr.weight} %
                </Row>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('tender.timeline')}
          </Title>
          <Table>
            <Table.Tbody>
              <Row label={t('tender.publishedAt')}>{formatDateTime(x.publishedAt)}</Row>
              <Row label={t('tender.enquiriesUntil')}>
                {formatDateTime(x.timeline.enquiriesUntil)}
              </Row>
              <Row label={t('tender.submissionDeadline')}>
                {formatDateTime(x.timeline.submissionDeadline)}
              </Row>
              <Row label={t('tender.standstillDays')}>{x.timeline.standstillDays}</Row>
              <Row label={t('tender.signingDays')}>{x.timeline.signingDays}</Row>
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      {x.status !== 'draft' && <Amendments tender={x} />}
      {x.status !== 'draft' && <Enquiries tender={x} />}
      {me?.role === 'investor' && x.status !== 'draft' && <OwnBids tender={x} />}
      {me && ['standstill', 'contracting', 'complete'].includes(x.status) && (
        <Anchor component={Link} to="/contracts">
          {t('tender.toContracts')}
        </Anchor>
      )}
      {!me && x.status === 'tendering' && (
        <Text>
          <Anchor component={Link} to="/login">
            {t('tender.signInToBid')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
