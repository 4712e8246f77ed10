import { problem, type RuleProblem } from '../../../common/errors/rule-problems';

export const CRITERION_CODES = [
  'price',
  'investment',
  'buildTime',
  'localization',
  'technology',
] as const;
export type CriterionCode = (typeof CRITERION_CODES)[number];

export interface Criterion {
  code: CriterionCode;
  weight: number;
}

/**
 * API.md: known codes, each once, whole-percent weights summing to 100, `price` present
 * and weighing at least the minimum (null: the minimum is not enforced, as in sandbox).
 * Returns the problems found; none means valid.
 */
export function criteriaProblems(
  criteria: Criterion[],
  minPriceWeight: number | null,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const codes = criteria.map((c) => c.code);
  for (const code of codes) {
    if (!(CRITERION_CODES as readonly string[]).includes(code))
      problems.push(problem(`unknown criterion "${code}"`, 'criterionUnknown', code));
  }
  if (new Set(codes).size !== codes.length)
    problems.push(problem('each criterion may appear once', 'criterionRepeated'));
  for (const { code, weight } of criteria) {
    if (!Number.isInteger(weight) || weight < 1 || weight > 100) {
      problems.push(
        problem(
          `weight of "${code}" must be a whole percent from 1 to 100`,
          'criterionWeightWholePercent',
          code,
        ),
      );
    }
  }
  const sum = criteria.reduce((acc, c) => acc + c.weight, 0);
  if (sum !== 100)
    problems.push(problem(`weights must sum to 100, not ${sum}`, 'weightsSumTo100', sum));
  const price = criteria.find((c) => c.code === 'price');
  if (!price) problems.push(problem('the price criterion is mandatory', 'priceCriterionRequired'));
  else if (minPriceWeight !== null && price.weight < minPriceWeight) {
    problems.push(
      problem(`price must weigh at least ${minPriceWeight}`, 'priceWeightAtLeast', minPriceWeight),
    );
  }
  return problems;
}
