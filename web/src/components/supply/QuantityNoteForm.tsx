import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/field-errors';
import { useAction } from '../../lib/use-action';
import { ErrorText } from '../ErrorText';

/**
 * A quantity and a line of words: the investor's delivery (quantity, note) and the
 * officer's acceptance (acceptedQuantity, comment). `fields` are the API's names for the
 * two, so a VALIDATION_FAILED message lands under the right input.
 */
export function QuantityNoteForm(props: {
  testId: string;
  fields: readonly [quantity: string, note: string];
  labels: { quantity: string; note: string; submit: string };
  initialQuantity?: number;
  noteRequired?: boolean;
  run: (body: { quantity: number; note: string }) => Promise<unknown>;
}) {
  const [quantity, setQuantity] = useState<number | string>(props.initialQuantity ?? '');
  const [note, setNote] = useState('');
  const action = useAction(() => props.run({ quantity: Number(quantity), note }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.mutate();
  };
  const [quantityField, noteField] = props.fields;
  return (
    <form onSubmit={submit} data-testid={props.testId}>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs">
          <NumberInput
            size="xs"
            w={140}
            label={props.labels.quantity}
            required
            allowDecimal={false}
            value={quantity}
            onChange={setQuantity}
            error={fieldError(action.error, quantityField)}
          />
          <TextInput
            size="xs"
            style={{ flex: 1, minWidth: 180 }}
            label={props.labels.note}
            required={props.noteRequired}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(action.error, noteField)}
          />
        </Group>
        <ErrorText error={action.error} fields={props.fields} />
        <Group>
          <Button size="xs" type="submit" loading={action.isPending}>
            {props.labels.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
