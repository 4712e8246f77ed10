import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldError } from '../lib/field-errors';
import { useAction } from '../lib/use-action';
import { ErrorText } from './ErrorText';

/** A step that needs a reason in words (close an order, write off or withdraw a claim). */
export function ReasonAction(props: {
  label: string;
  reasonLabel: string;
  color?: string;
  testId: string;
  run: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  const action = useAction(props.run, () => setReason(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate(reason);
  };
  return (
    <form onSubmit={submit} data-testid={props.testId}>
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <TextInput
            size="xs"
            label={props.reasonLabel}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(action.error, 'reason')}
          />
          <Button
            size="xs"
            type="submit"
            variant="light"
            color={props.color ?? 'red'}
            loading={action.isPending}
            disabled={!reason.trim()}
          >
            {props.label}
          </Button>
        </Group>
        <ErrorText error={action.error} fields={['reason']} />
      </Stack>
    </form>
  );
}
