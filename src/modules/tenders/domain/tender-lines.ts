import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import {
  itemsOfOneLineSubject,
  plannedQuantity,
  type OneLineSubject,
  type PlanTerms,
  type SupplyItem,
} from './supply-plan';

/**
 * What a tender buys (CONTRACT.md §1): always its items; one-item tenders also carry the
 * version-1 `subject` and `maxUnitPriceRub`, which are null when there are several items.
 */
export interface TenderLines {
  items: SupplyItem[];
  subject: OneLineSubject | null;
  maxUnitPriceRub: string | null;
}

/** The product-line fields of a create, draft edit or amendment, as sent. */
export interface LinesChange {
  items?: SupplyItem[];
  subject?: OneLineSubject;
  maxUnitPriceRub?: string;
}

/** A shape error of the lines is a 400 VALIDATION_FAILED, as the validation pipe lists them. */
export type LinesOutcome = { lines: TenderLines } | { invalid: FieldError[] };

/** A one-item tender reads as the version-1 one-line subject; several items do not. */
export function linesOfItems(items: SupplyItem[]): TenderLines {
  if (items.length !== 1) return { items, subject: null, maxUnitPriceRub: null };
  const [item] = items;
  return {
    items,
    subject: { item: item.name, unit: item.unit, quantity: plannedQuantity(item) },
    maxUnitPriceRub: item.maxUnitPriceRub,
  };
}

const EITHER_FORM = refusal(
  'items',
  'send either items, or the one-line subject with maxUnitPriceRub (CONTRACT.md §1)',
  'itemsOrOneLineSubject',
);

/**
 * The tender's lines after a create (`current` null), a draft edit or an amendment.
 * `items` replaces everything; the one-line fields are the version-1 form of one item
 * `main`, re-spread over the supply years whenever the subject or the plan terms change,
 * as long as the tender's item is still that spread (a one-item plan written as `items`
 * keeps its years and takes only a new ceiling). The plan itself is checked afterwards by
 * `supplyPlanProblems`.
 */
export function linesAfter(
  current: (TenderLines & { terms: PlanTerms }) | null,
  change: LinesChange,
  terms: PlanTerms,
): LinesOutcome {
  const oneLine = change.subject !== undefined || change.maxUnitPriceRub !== undefined;
  if (change.items !== undefined) {
    if (oneLine) return { invalid: [EITHER_FORM] };
    return { lines: linesOfItems(change.items) };
  }
  const subject = change.subject ?? current?.subject ?? undefined;
  const ceiling = change.maxUnitPriceRub ?? current?.maxUnitPriceRub ?? undefined;
  if (current === null || (current.subject === null && oneLine)) {
    // A new tender, or several items turned into one line: both halves are needed.
    if (subject === undefined || ceiling === undefined) {
      return { invalid: [EITHER_FORM] };
    }
    return { lines: linesOfItems(itemsOfOneLineSubject(subject, ceiling, terms)) };
  }
  if (subject === undefined || ceiling === undefined) return { lines: current }; // several items
  const followsSubject =
    current.subject !== null &&
    current.maxUnitPriceRub !== null &&
    sameItems(
      current.items,
      itemsOfOneLineSubject(current.subject, current.maxUnitPriceRub, current.terms),
    );
  if (change.subject !== undefined || followsSubject) {
    return { lines: linesOfItems(itemsOfOneLineSubject(subject, ceiling, terms)) };
  }
  return { lines: linesOfItems([{ ...current.items[0], maxUnitPriceRub: ceiling }]) };
}

/** Field by field: items read back from jsonb do not keep their key order. */
function sameItems(a: readonly SupplyItem[], b: readonly SupplyItem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.code === b[i].code &&
        x.name === b[i].name &&
        x.unit === b[i].unit &&
        x.maxUnitPriceRub === b[i].maxUnitPriceRub &&
        x.quantityByYear.join() === b[i].quantityByYear.join(),
    )
  );
}
