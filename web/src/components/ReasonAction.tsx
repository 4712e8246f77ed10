import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldError } from '../lib/field-errors';
import { useAction } from '../lib/use-action';
import { ErrorText } from './ErrorText';

/**
 * A step that needs words and nothing else: a reason (close an order, write off or withdraw a
 * claim), a question or an answer. `field` is the body field the API names in its errors.
 */
export function ReasonAction(props: {
  label: string;
  reasonLabel: string;
  description?: string;
  color?: string;
  testId: string;
  field?: string;
  /** A question or an answer wants room; a reason fits on a line. */
  multiline?: boolean;
  run: (reason: string) => Promise<unknown>;
}) {
  const field = props.field ?? 'reason';
  const [reason, setReason] = useState('');
  const action = useAction(props.run, () => setReason(''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate(reason);
  };
  const input = {
    label: props.reasonLabel,
    description: props.description,
    required: true,
    value: reason,
    error: fieldError(action.error, field),
  };
  return (
    <form onSubmit={submit} data-testid={props.testId}>
      <Stack gap="xs">
        {props.multiline ? (
          <Stack gap="xs" align="flex-start">
            <Textarea
              {...input}
              w="100%"
              autosize
              minRows={2}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button
              type="submit"
              variant="light"
              color={props.color}
              loading={action.isPending}
              disabled={!reason.trim()}
            >
              {props.label}
            </Button>
          </Stack>
        ) : (
          <Group align="flex-end" gap="xs">
            <TextInput {...input} size="xs" onChange={(e) => setReason(e.currentTarget.value)} />
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
        )}
        <ErrorText error={action.error} fields={[field]} />
      </Stack>
    </form>
  );
}
