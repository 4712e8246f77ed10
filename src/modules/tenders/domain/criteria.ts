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
export function criteriaProblems(criteria: Criterion[], minPriceWeight: number | null): string[] {
  const problems: string[] = [];
  const codes = criteria.map((c) => c.code);
  for (const code of codes) {
    if (!(CRITERION_CODES as readonly string[]).includes(code))
      problems.push(`unknown criterion "${code}"`);
  }
  if (new Set(codes).size !== codes.length) problems.push('each criterion may appear once');
  for (const { code, weight } of criteria) {
    if (!Number.isInteger(weight) || weight < 1 || weight > 100) {
      problems.push(`weight of "${code}" must be a whole percent from 1 to 100`);
    }
  }
  const sum = criteria.reduce((acc, c) => acc + c.weight, 0);
  if (sum !== 100) problems.push(`weights must sum to 100, not ${sum}`);
  const price = criteria.find((c) => c.code === 'price');
  if (!price) problems.push('the price criterion is mandatory');
  else if (minPriceWeight !== null && price.weight < minPriceWeight) {
    problems.push(`price must weigh at least ${minPriceWeight}`);
  }
  return problems;
}
