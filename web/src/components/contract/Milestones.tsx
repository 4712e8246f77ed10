import { Button, Card, FileInput, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, upload } from '../../api/client';
import type { components } from '../../api/schema';
import { words } from '../../i18n';
import { downloadFile } from '../../lib/download';
import { fieldError } from '../../lib/field-errors';
import { formatDate, formatDateTime, formatRub } from '../../lib/format';
import { normalizeMoney } from '../../lib/money';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';
import { ReviewForm } from '../ReviewForm';
import { StatusBadge } from '../StatusBadge';
import type { Contract } from '../supply/contract-api';

const REPORT_FIELDS = ['note', 'investedRub', 'documentIds'] as const;

/** A milestone of the contract, with its reports, as the API serves it. */
export type Milestone = components['schemas']['MilestoneResponse'];

function ReportForm({ contractId, milestone }: { contractId: string; milestone: Milestone }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [invested, setInvested] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const report = useAction(async () => {
    const documentIds = file
      ? [(await upload(`/api/v1/contracts/${contractId}/documents`, file)).id]
      : [];
    return unwrap(
      await api.POST('/api/v1/contracts/{id}/milestones/{mid}/reports', {
        params: { path: { id: contractId, mid: milestone.id } },
        body: { note, investedRub: normalizeMoney(invested), documentIds },
      }),
    );
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate();
  };
  return (
    <Stack gap="xs" component="form" onSubmit={submit} data-testid="report-form">
      <TextInput
        label={t('contract.reportNote')}
        required
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(report.error, 'note')}
      />
      <TextInput
        label={t('contract.invested')}
        required
        inputMode="decimal"
        value={invested}
        onChange={(e) => setInvested(e.currentTarget.value)}
        error={fieldError(report.error, 'investedRub')}
      />
      <FileInput
        label={t('contract.evidence')}
        value={file}
        onChange={setFile}
        clearable
        error={fieldError(report.error, 'documentIds')}
      />
      <Group>
        <Button size="xs" type="submit" loading={report.isPending} disabled={!note || !invested}>
          {t('contract.report')}
        </Button>
      </Group>
      <ErrorText error={report.error} fields={REPORT_FIELDS} />
    </Stack>
  );
}

/** The build milestones with their reports, the auditor's reviews and the investor's form. */
export function Milestones(props: { contract: Contract; role: string | undefined }) {
  const { contract, role } = props;
  const { t } = useTranslation();
  const milestones = contract.milestones;
  const investor = role === 'investor';
  const auditor = role === 'auditor';
  return (
    <Stack>
      <Title order={3}>{t('contract.milestones')}</Title>
      {milestones.map((m) => (
        <Card withBorder key={m.id} data-testid="milestone">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700}>
                {words(`milestones.${m.code}`, m.code)} — {m.title}
              </Text>
              <StatusBadge status={m.status} />
            </Group>
            <Text size="sm">
              {t('contract.due', { date: formatDate(m.dueDate), month: m.dueMonth })} ·{' '}
              {t('contract.planned')}: {formatRub(m.plannedInvestmentRub)}
            </Text>
            {m.reports.map((r) => (
              <Card key={r.id} bg="gray.0" data-testid="report">
                <Stack gap={4}>
                  <Text size="sm">
                    {formatDateTime(r.submittedAt)}: {r.note} ·{' '}
                    {t('contract.investedAmount', { amount: formatRub(r.investedRub) })}
                  </Text>
                  {r.documentIds.map((doc) => (
                    <Group key={doc}>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() =>
                          void downloadFile(
                            `/api/v1/contracts/${contract.id}/documents/${doc}`,
                            doc,
                          )
                        }
                      >
                        {t('contract.downloadEvidence')}
                      </Button>
                    </Group>
                  ))}
                  {r.review ? (
                    <Text size="sm" data-testid="review">
                      {t('contract.reviewed', {
                        decision: words(`status.${r.review.decision}`, r.review.decision),
                        at: formatDateTime(r.review.at),
                      })}
                      {r.review.comment ? `: ${r.review.comment}` : ''}
                    </Text>
                  ) : (
                    auditor && (
                      <ReviewForm
                        run={async (body) =>
                          unwrap(
                            await api.POST(
                              '/api/v1/contracts/{id}/milestones/{mid}/reports/{rid}/review',
                              { params: { path: { id: contract.id, mid: m.id, rid: r.id } }, body },
                            ),
                          )
                        }
                      />
                    )
                  )}
                </Stack>
              </Card>
            ))}
            {investor &&
              contract.status === 'active' &&
              ['pending', 'overdue'].includes(m.status) && (
                <ReportForm contractId={contract.id} milestone={m} />
              )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
