import { ApiError } from '../api/client';
import i18n from '../i18n';
import { formatNumber } from './format';

/** A refused rule as the API names it (`min` with its bound), beside its English message. */
export interface FieldConstraint {
  code: string;
  args?: unknown[];
}

/** One entry of a 400 VALIDATION_FAILED's details: the field path and its messages. */
export interface FieldProblem {
  field: string;
  errors: string[];
  /** One per message, in order (absent from refusals that name no rule). */
  constraints?: FieldConstraint[];
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

function shown(arg: unknown): string {
  if (typeof arg === 'number') return formatNumber(arg);
  if (Array.isArray(arg)) return arg.map(shown).join(', ');
  return String(arg);
}

/**
 * A problem's messages in the user's language, by the rule's code (`fieldErrors.<code>`);
 * the API's English text only for a rule the console does not know.
 */
export function problemMessages(problem: FieldProblem): string[] {
  return problem.errors.map((text, i) => {
    const constraint = problem.constraints?.[i];
    const key = constraint ? `fieldErrors.${constraint.code}` : undefined;
    if (!key || !i18n.exists(key)) return String(text);
    const [a, b] = constraint?.args ?? [];
    return i18n.t(key as never, { a: shown(a), b: shown(b) });
  });
}

/** `prices[2].item` and `prices.2.item` belong to the form field `prices`. */
export function belongsTo(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** The messages for one form field, joined, or undefined (Mantine's `error` prop). */
export function fieldError(error: unknown, field: string): string | undefined {
  const messages = fieldProblems(error)
    .filter((p) => belongsTo(p.field, field))
    .flatMap(problemMessages);
  return messages.length > 0 ? messages.join('; ') : undefined;
}
