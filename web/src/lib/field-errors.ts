import { ApiError } from '../api/client';

/** One entry of a 400 VALIDATION_FAILED's details: the field path and its messages. */
export interface FieldProblem {
  field: string;
  errors: string[];
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, errors } = value as Record<string, unknown>;
  return typeof field === 'string' && Array.isArray(errors);
}

/** The field problems an API error carries (none unless it is VALIDATION_FAILED with them). */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return [];
  return Array.isArray(error.details) ? error.details.filter(isFieldProblem) : [];
}

/** `prices[2].item` and `prices.2.item` belong to the form field `prices`. */
export function belongsTo(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** The messages for one form field, joined, or undefined (Mantine's `error` prop). */
export function fieldError(error: unknown, field: string): string | undefined {
  const messages = fieldProblems(error)
    .filter((p) => belongsTo(p.field, field))
    .flatMap((p) => p.errors.map(String));
  return messages.length > 0 ? messages.join('; ') : undefined;
}
