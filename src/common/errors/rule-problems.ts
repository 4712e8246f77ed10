import { DomainError } from './domain-error';
import type { ArgsOf, FieldConstraint, RuleArg } from './field-refusal';

/**
 * The rules behind the 400s that list problems rather than fields (INVALID_CRITERIA,
 * INVALID_TIMELINE, INVALID_SUPPLY_PLAN), by stable code, each with what its arguments are,
 * in order. The console words them as it words FIELD_RULES, by `fieldErrors.<code>` (one
 * namespace: a code is in one registry only), checked by field-rules-have-console-words.spec.ts.
 */
export const PROBLEM_RULES = {
  // INVALID_CRITERIA (API.md: known codes, each once, whole percents summing to 100, price).
  criterionUnknown: ['criterion'],
  criterionRepeated: [],
  criterionWeightWholePercent: ['criterion'],
  weightsSumTo100: ['sum'],
  priceCriterionRequired: [],
  priceWeightAtLeast: ['min'],
  // INVALID_TIMELINE (DOMAIN.md §3).
  submissionDeadlineInFuture: [],
  enquiriesUntilInFuture: [],
  enquiriesUntilNotAfterDeadline: [],
  biddingDaysAtLeast: ['days'],
  submissionDeadlineOnWorkingDay: [],
  enquiriesCloseDaysBeforeDeadline: ['days'],
  // INVALID_SUPPLY_PLAN (CONTRACT.md §1).
  itemCount: ['min', 'max'],
  itemCodeFormat: ['item', 'pattern'],
  itemCodeRepeated: ['item'],
  itemPlanYears: ['item', 'given', 'expected'],
  itemSupplyBeforeBuild: ['item', 'year', 'buildMonths'],
  itemPlanEmpty: ['item'],
} as const satisfies Record<string, readonly string[]>;

export type ProblemRule = keyof typeof PROBLEM_RULES;

export const PROBLEM_RULE_CODES = Object.keys(PROBLEM_RULES) as ProblemRule[];

/** One problem found by a rule: its English message (clients read it), code and arguments. */
export interface RuleProblem<R extends ProblemRule = ProblemRule> {
  code: R;
  args?: RuleArg[];
  message: string;
}

/** A problem of rule `code`: the one place its message and its code are written together. */
export function problem<R extends ProblemRule>(
  message: string,
  code: R,
  ...args: ArgsOf<(typeof PROBLEM_RULES)[R]>
): RuleProblem<R> {
  const values = args as RuleArg[];
  return values.length > 0 ? { code, args: values, message } : { code, message };
}

/**
 * 400 with the problems' English messages as `details`, as clients have always read them,
 * and their rules as `constraints`, one per `details` entry in the same order. The codes go
 * beside `details` rather than into it because `details` stays a list of strings (API.md:
 * add fields, rename none); each is shaped as a VALIDATION_FAILED entry's constraint, so a
 * client words both kinds of refusal with one table.
 */
export class RuleProblemsError extends DomainError {
  readonly constraints: FieldConstraint[];

  constructor(
    code: 'INVALID_CRITERIA' | 'INVALID_TIMELINE' | 'INVALID_SUPPLY_PLAN',
    what: string,
    problems: readonly RuleProblem[],
  ) {
    const messages = problems.map((p) => p.message);
    super(code, `${what}: ${messages.join('; ')}`, messages);
    this.constraints = problems.map(({ code: rule, args }) =>
      args ? { code: rule, args } : { code: rule },
    );
  }
}
