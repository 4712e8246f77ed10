import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../lib/field-errors';
import { useAction } from '../lib/use-action';
import { ErrorText } from './ErrorText';

export type Decision = 'accepted' | 'rejected';

/** An auditor's verdict with a comment: on a milestone report or a production report. */
export function ReviewForm(props: {
  run: (body: { decision: Decision; comment: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const review = useAction((decision: Decision) => props.run({ decision, comment }));
  return (
    <Stack gap="xs" data-testid="review-form">
      <TextInput
        label={t('contract.reviewComment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={fieldError(review.error, 'comment')}
      />
      <Group gap="xs">
        <Button
          size="xs"
          // Mantine's filled green under white text is below AA contrast (axe); teal.9 is not.
          color="teal.9"
          loading={review.isPending}
          onClick={() => review.mutate('accepted')}
        >
          {t('contract.accept')}
        </Button>
        <Button size="xs" color="red" variant="light" onClick={() => review.mutate('rejected')}>
          {t('contract.rejectReport')}
        </Button>
      </Group>
      <ErrorText error={review.error} fields={['comment']} />
    </Stack>
  );
}
