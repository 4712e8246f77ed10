import { ApiError } from '../api/client';
import i18n from '../i18n';
import { formatDate, formatDateTime, formatNumber, formatRub } from './format';

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

/** How an argument reads when it is not a plain number, text or list of them. */
type ArgKind = 'rub' | 'day' | 'moment' | 'year';

/**
 * The rules whose arguments are amounts (decimal strings), days, instants or years (numbers
 * written without grouping), by position; the API names them in src/common/errors/field-refusal.ts.
 */
const ARG_KINDS: Partial<Record<string, readonly ArgKind[]>> = {
  claimPaidWhole: ['rub'],
  paidAtOutsideClaim: ['moment', 'moment'],
  deliverByOutsideStages: ['day'],
  deliverByTooSoon: ['day'],
  dateRepeated: ['day'],
  yearBetween: ['year', 'year'],
  dateInYear: ['year'],
  yearNotEnded: ['year'],
  yearWithoutDeliveries: ['year'],
};

function shown(arg: unknown, kind?: ArgKind): string {
  if (typeof arg === 'string' && kind === 'rub') return formatRub(arg);
  if (typeof arg === 'string' && kind === 'day') return formatDate(arg);
  if (typeof arg === 'string' && kind === 'moment') return formatDateTime(arg);
  if (typeof arg === 'number' && kind !== 'year') return formatNumber(arg);
  if (Array.isArray(arg)) return arg.map((a) => shown(a)).join(', ');
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
    const [kindA, kindB] = ARG_KINDS[constraint?.code ?? ''] ?? [];
    return i18n.t(key as never, { a: shown(a, kindA), b: shown(b, kindB) });
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
