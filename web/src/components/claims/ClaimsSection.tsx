import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';
import { ClaimCard } from './ClaimCard';

/** The claims that collect the penalties; an officer issues and settles them. */
export function ClaimsSection(props: { contractId: string; officer: boolean }) {
  const { contractId, officer } = props;
  const { t } = useTranslation();
  const claims = useQuery({
    queryKey: ['claims', contractId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/contracts/{id}/claims', {
          params: { path: { id: contractId } },
        }),
      ),
  });
  const issue = useAction(async () =>
    unwrap(
      await api.POST('/api/v1/contracts/{id}/claims', {
        params: { path: { id: contractId } },
        body: {},
      }),
    ),
  );
  // Nothing new to claim is an answer, not a failure: said plainly, not in red.
  const nothing = issue.error instanceof ApiError && issue.error.code === 'NOTHING_TO_CLAIM';
  return (
    <Stack data-testid="claims">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('claims.title')}
        </Title>
        {officer && (
          <Button loading={issue.isPending} onClick={() => issue.mutate()}>
            {t('claims.issue')}
          </Button>
        )}
      </Group>
      {nothing ? (
        <Alert color="blue" role="status" data-testid="nothing-to-claim">
          {t('claims.nothingToClaim')}
        </Alert>
      ) : (
        <ErrorText error={issue.error} />
      )}
      <ErrorText error={claims.error} />
      {claims.data?.items.length === 0 && <Text>{t('claims.none')}</Text>}
      {claims.data?.items.map((c) => (
        <ClaimCard key={c.id} contractId={contractId} claim={c} officer={officer} />
      ))}
    </Stack>
  );
}
