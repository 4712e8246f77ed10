import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

export interface FieldError {
  field: string;
  errors: string[];
}

/** Flattens nested class-validator errors into `a.b[0].c`-style field paths. */
function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = error.constraints ? [{ field, errors: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Whitelist + forbid unknown fields: a field the API does not know is an error, named in
 * `details`, never silently dropped. Query strings are converted to their declared types.
 */
export function createValidationPipe(): ValidationPipe {
  return new NulRefusingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new DomainError(
        'VALIDATION_FAILED',
        `Invalid request: ${details.map((d) => d.field).join(', ')}`,
        details,
      );
    },
  });
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL anywhere in the input would fail
 * the write as a 500, so it is refused up front as a field error.
 */
class NulRefusingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Body, query and params only: custom arguments (the user, an uploaded file) are ours.
    const field = metadata.type === 'custom' ? undefined : fieldWithNul(value);
    if (field !== undefined) {
      throw new DomainError('VALIDATION_FAILED', `Invalid request: ${field}`, [
        { field, errors: [`${field} must not contain NUL characters`] },
      ]);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** The path of the first string (value or key) holding a NUL; iterative, as bodies nest deep. */
function fieldWithNul(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path || 'body';
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}
