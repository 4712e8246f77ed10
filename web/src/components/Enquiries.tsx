import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { useMe } from '../auth';
import { formatDateTime } from '../lib/format';
import { ErrorText } from './ErrorText';
import { ReasonAction } from './ReasonAction';

type Enquiry = Schemas['EnquiryResponse'];

/**
 * Clarification questions on a published tender (DOMAIN.md, enquiries): investors ask while
 * the tender is open, the officer answers, everyone reads the answers; never who asked.
 */
export function Enquiries({ tender }: { tender: Schemas['TenderResponse'] }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const id = tender.id;
  const enquiries = useQuery({
    queryKey: ['enquiries', id],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/tenders/{id}/enquiries', {
          params: { path: { id }, query: { limit: 200 } },
        }),
      ),
  });
  const officer = me?.role === 'officer';
  const answer = (enquiryId: string) => async (text: string) =>
    unwrap(
      await api.POST('/api/v1/tenders/{id}/enquiries/{eid}/answer', {
        params: { path: { id, eid: enquiryId } },
        body: { answer: text },
      }),
    );
  const items = enquiries.data?.items ?? [];
  // The officer's work first: what still waits for an answer.
  const unanswered = items.filter((e) => e.answer === null);
  const answered = items.filter((e) => e.answer !== null);
  const shown: Enquiry[] = officer ? [...unanswered, ...answered] : items;
  return (
    <Card withBorder data-testid="enquiries">
      <Stack>
        <Title order={3} size="h4">
          {t('enquiries.title')}
        </Title>
        <ErrorText error={enquiries.error} />
        {enquiries.data && shown.length === 0 && <Text c="dimmed">{t('enquiries.none')}</Text>}
        {shown.map((e) => (
          <Stack key={e.id} gap={4} data-testid="enquiry">
            <Text fw={600}>{e.question}</Text>
            <Text size="sm" c="dimmed">
              {t('enquiries.askedAt', { at: formatDateTime(e.askedAt) })}
            </Text>
            {e.answer !== null ? (
              <Text data-testid="enquiry-answer">
                {t('enquiries.answer')}: {e.answer}
              </Text>
            ) : officer ? (
              <ReasonAction
                label={t('enquiries.sendAnswer')}
                reasonLabel={t('enquiries.answerLabel')}
                field="answer"
                multiline
                testId="answer-form"
                run={answer(e.id)}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('enquiries.awaiting')}
              </Text>
            )}
          </Stack>
        ))}
        {me?.role === 'investor' && tender.status === 'tendering' && (
          <ReasonAction
            label={t('enquiries.ask')}
            reasonLabel={t('enquiries.question')}
            description={t('enquiries.until', {
              at: formatDateTime(tender.timeline.enquiriesUntil),
            })}
            field="question"
            multiline
            testId="ask-form"
            run={async (question) =>
              unwrap(
                await api.POST('/api/v1/tenders/{id}/enquiries', {
                  params: { path: { id } },
                  body: { question },
                }),
              )
            }
          />
        )}
      </Stack>
    </Card>
  );
}
