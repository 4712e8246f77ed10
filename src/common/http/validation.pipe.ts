import { ValidationError, ValidationPipe } from '@nestjs/common';
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
  return new ValidationPipe({
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
