import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { refusal, validationFailed, type FieldError, type RuleArg } from '../errors/field-refusal';
import { rememberValidationRules } from './validation-rules-memo';

const isScalar = (v: unknown): v is string | number =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isRuleArg = (v: unknown): v is RuleArg =>
  isScalar(v) || (Array.isArray(v) && v.every(isScalar));

/** The arguments the decorator was given (`@Min(1)` → [1]), read from class-validator's registry. */
function argsOf(target: unknown, property: string, code: string): RuleArg[] | undefined {
  if (typeof target !== 'object' || target === null) return undefined;
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? m.type) === code);
  const args = (meta?.constraints ?? []).filter(isRuleArg);
  return args.length > 0 ? args : undefined;
}

/** Flattens nested class-validator errors into `a.b[0].c`-style field paths. */
function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const entries = Object.entries(error.constraints ?? {});
    const own =
      entries.length > 0
        ? [
            {
              field,
              errors: entries.map(([, message]) => message),
              constraints: entries.map(([code]) => {
                const args = argsOf(error.target, error.property, code);
                return args ? { code, args } : { code };
              }),
            },
          ]
        : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Whitelist + forbid unknown fields: a field the API does not know is an error, named in
 * `details`, never silently dropped. Query strings are converted to their declared types.
 */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules(getMetadataStorage());
  return new TextSafeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target lets flatten() read each decorator's arguments; it never reaches the answer.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return validationFailed(
        `Invalid request: ${details.map((d) => d.field).join(', ')}`,
        details,
      );
    },
  });
}

/** A NUL, or a high surrogate without its low half, or a low one without its high half. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text that is not well-formed Unicode is refused up front as a field error: PostgreSQL
 * cannot store U+0000 in text or jsonb (the write would fail as a 500), and a lone UTF-16
 * surrogate has no UTF-8 form (validators that encode it throw; stored, it would be altered).
 */
class TextSafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Body, query and params only: custom arguments (the user, an uploaded file) are ours.
    const field = metadata.type === 'custom' ? undefined : fieldWithBadText(value);
    if (field !== undefined) {
      throw validationFailed(`Invalid request: ${field}`, [
        refusal(
          field,
          `${field} must be well-formed Unicode without NUL characters`,
          'isWellFormedText',
        ),
      ]);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** The path of the first bad string (value or key); iterative, as bodies nest deep. */
function fieldWithBadText(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) return path || 'body';
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        if (BAD_TEXT.test(key)) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return undefined;
}
