import { Text } from '@mantine/core';
import { fieldError } from '../lib/field-errors';

/** A field's VALIDATION_FAILED message where no single input holds it (a table of rows). */
export function FieldMessage({ error, field }: { error: unknown; field: string }) {
  const message = fieldError(error, field);
  if (!message) return null;
  return (
    <Text size="sm" c="red.8" role="alert" data-testid={`field-error-${field}`}>
      {message}
    </Text>
  );
}
