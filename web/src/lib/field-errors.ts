import { ApiError } from '../api/client';
import i18n, { words } from '../i18n';
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
type ArgKind = 'rub' | 'day' | 'moment' | 'year' | 'criterion';

/**
 * The rules whose arguments are amounts (decimal strings), days, instants, years (numbers
 * written without grouping) or award criteria (their codes), by position; the API names them
 * in src/common/errors/field-refusal.ts and rule-problems.ts.
 */
const ARG_KINDS: Partial<Record<string, readonly (ArgKind | undefined)[]>> = {
  claimPaidWhole: ['rub'],
  paidAtOutsideClaim: ['moment', 'moment'],
  deliverByOutsideStages: ['day'],
  deliverByTooSoon: ['day'],
  dateRepeated: ['day'],
  yearBetween: ['year', 'year'],
  dateInYear: ['year'],
  yearNotEnded: ['year'],
  yearWithoutDeliveries: ['year'],
  criterionWeightWholePercent: ['criterion'],
  itemSupplyBeforeBuild: [undefined, 'year'],
};

function shown(arg: unknown, kind?: ArgKind): string {
  if (typeof arg === 'string' && kind === 'rub') return formatRub(arg);
  if (typeof arg === 'string' && kind === 'day') return formatDate(arg);
  if (typeof arg === 'string' && kind === 'moment') return formatDateTime(arg);
  if (typeof arg === 'string' && kind === 'criterion') return words(`criteria.${arg}`, arg);
  if (typeof arg === 'number' && kind !== 'year') return formatNumber(arg);
  if (Array.isArray(arg)) return arg.map((a) => shown(a)).join(', ');
  return String(arg);
}

/**
 * One refused rule in the user's language, by its code (`fieldErrors.<code>`, {{a}} its first
 * argument, {{b}} the second, {{c}} the third); the API's English text only for a rule the
 * console does not know.
 */
export function ruleMessage(constraint: FieldConstraint | undefined, text: unknown): string {
  const key = constraint ? `fieldErrors.${constraint.code}` : undefined;
  if (!constraint || !key || !i18n.exists(key)) return String(text);
  const args = Array.isArray(constraint.args) ? constraint.args : [];
  const kinds = ARG_KINDS[constraint.code] ?? [];
  const [a, b, c] = [0, 1, 2].map((i) => shown(args[i], kinds[i]));
  return i18n.t(key as never, { a, b, c });
}

/** A problem's messages in the user's language (ruleMessage of each). */
export function problemMessages(problem: FieldProblem): string[] {
  return problem.errors.map((text, i) => ruleMessage(problem.constraints?.[i], text));
}

function isConstraint(value: unknown): value is FieldConstraint {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldConstraint).code === 'string'
  );
}

/**
 * The problems of an error that lists them (400 INVALID_CRITERIA, INVALID_TIMELINE,
 * INVALID_SUPPLY_PLAN: English `details`, their rules in `constraints` in the same order),
 * in the user's language; none for any other error.
 */
export function listedProblems(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  const details = error.details as unknown[];
  if (!details.every((d) => typeof d === 'string')) return [];
  const constraints = Array.isArray(error.constraints) ? (error.constraints as unknown[]) : [];
  return details.map((text, i) => {
    const constraint = constraints[i];
    return ruleMessage(isConstraint(constraint) ? constraint : undefined, text);
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
