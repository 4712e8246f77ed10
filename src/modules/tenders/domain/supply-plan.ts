import { problem, type RuleProblem } from '../../../common/errors/rule-problems';

/** CONTRACT.md §1: one product line of a tender, with its plan per contract year. */
export interface SupplyItem {
  code: string;
  name: string;
  unit: string;
  maxUnitPriceRub: string;
  /** quantityByYear[k - 1] is due in contract year k; its length is contractYears. */
  quantityByYear: number[];
}

/** The version-1 one-line subject: one item, its total quantity over the supply years. */
export interface OneLineSubject {
  item: string;
  unit: string;
  quantity: number;
}

export interface PlanTerms {
  contractYears: number;
  maxBuildMonths: number;
}

export const ITEM_CODE = /^[a-z0-9_-]{1,40}$/;
export const MAX_ITEMS = 20;
/** CONTRACT.md §1: the contract may take at most this share of the plant's yearly output. */
export const DEFAULT_MAX_CONTRACT_SHARE_PCT = 30;
/** The item code of a tender written in the one-line form of version 1. */
export const ONE_LINE_ITEM_CODE = 'main';

/**
 * Contract year k (1-based) starts (k − 1) × 12 months after signing: the first year with
 * supply is the first that starts at or after the build (CONTRACT.md §1).
 */
export function firstSupplyYear(maxBuildMonths: number): number {
  return Math.ceil(maxBuildMonths / 12) + 1;
}

/** Why a supply plan is invalid (400 INVALID_SUPPLY_PLAN); empty when it is valid. */
export function supplyPlanProblems(items: readonly SupplyItem[], terms: PlanTerms): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (items.length < 1 || items.length > MAX_ITEMS) {
    problems.push(problem(`a tender buys 1 to ${MAX_ITEMS} items`, 'itemCount', 1, MAX_ITEMS));
  }
  const codes = new Set<string>();
  const first = firstSupplyYear(terms.maxBuildMonths);
  for (const item of items) {
    if (!ITEM_CODE.test(item.code)) {
      problems.push(
        problem(
          `item code "${item.code}" is not ${ITEM_CODE}`,
          'itemCodeFormat',
          item.code,
          ITEM_CODE.source,
        ),
      );
    }
    if (codes.has(item.code)) {
      problems.push(
        problem(`item code "${item.code}" is used twice`, 'itemCodeRepeated', item.code),
      );
    }
    codes.add(item.code);
    const plan = item.quantityByYear;
    if (plan.length !== terms.contractYears) {
      problems.push(
        problem(
          `${item.code}: quantityByYear has ${plan.length} years, not ${terms.contractYears}`,
          'itemPlanYears',
          item.code,
          plan.length,
          terms.contractYears,
        ),
      );
      continue;
    }
    const early = plan.findIndex((q, i) => i + 1 < first && q !== 0);
    if (early >= 0) {
      problems.push(
        problem(
          `${item.code}: year ${early + 1} starts before the plant is built (${terms.maxBuildMonths} months)`,
          'itemSupplyBeforeBuild',
          item.code,
          early + 1,
          terms.maxBuildMonths,
        ),
      );
    }
    if (!plan.some((q) => q > 0)) {
      problems.push(problem(`${item.code}: no year has a quantity`, 'itemPlanEmpty', item.code));
    }
  }
  return problems;
}

/**
 * The one-line form as a tender of one item `main`: its quantity spread evenly over the
 * years that start at or after the build, the remainder to the earliest of them
 * (CONTRACT.md §1). No such year leaves an all-zero plan, which the plan check refuses.
 */
export function itemsOfOneLineSubject(
  subject: OneLineSubject,
  maxUnitPriceRub: string,
  terms: PlanTerms,
): SupplyItem[] {
  const first = firstSupplyYear(terms.maxBuildMonths);
  const years = Math.max(0, terms.contractYears - first + 1);
  const share = years > 0 ? Math.floor(subject.quantity / years) : 0;
  const quantityByYear = Array.from({ length: terms.contractYears }, (_, i) =>
    i + 1 < first ? 0 : share,
  );
  if (years > 0) quantityByYear[first - 1] += subject.quantity - share * years;
  return [
    {
      code: ONE_LINE_ITEM_CODE,
      name: subject.item,
      unit: subject.unit,
      maxUnitPriceRub,
      quantityByYear,
    },
  ];
}

/**
 * A tender's items: as stored, or for a tender made before items existed, its one-line
 * subject read as the one item `main`.
 */
export function itemsOfTender(tender: {
  items: SupplyItem[] | null;
  subject: OneLineSubject | null;
  maxUnitPriceRub: string | null;
  offsetConditions: PlanTerms;
}): SupplyItem[] {
  if (tender.items) return tender.items;
  // Only tenders of several items lack a subject, and those always store their items.
  if (!tender.subject || tender.maxUnitPriceRub === null) {
    throw new RangeError('a tender without items must have a one-line subject');
  }
  return itemsOfOneLineSubject(tender.subject, tender.maxUnitPriceRub, tender.offsetConditions);
}

/** Total planned quantity of an item over the contract. */
export function plannedQuantity(item: Pick<SupplyItem, 'quantityByYear'>): number {
  return item.quantityByYear.reduce((sum, q) => sum + q, 0);
}
