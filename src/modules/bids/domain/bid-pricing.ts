import type { SupplyItem } from '../../tenders';
import type { BidPlant, BidPricing } from './priced-items';

/** One refused field of a bid, as the validation pipe lists them (400 VALIDATION_FAILED). */
export interface BidFieldError {
  field: string;
  errors: string[];
}

/**
 * Does the bid price, and state a capacity for, every item of the tender exactly once and
 * nothing else (CONTRACT.md §1)? A one-item tender may take the one-line `unitPriceRub`
 * and `plant.capacityPerYear` instead; one form per bid, never both. Checked at intake,
 * before sealing: once sealed, nobody can look.
 */
export function bidPricingErrors(
  bid: BidPricing & BidPlant,
  items: readonly SupplyItem[],
): BidFieldError[] {
  const codes = items.map((i) => i.code);
  const oneItem = items.length === 1;
  const errors: BidFieldError[] = [];
  const add = (field: string, error: string) => errors.push({ field, errors: [error] });

  if (bid.prices !== undefined) {
    if (bid.unitPriceRub !== undefined) add('unitPriceRub', 'send either unitPriceRub or prices');
    const seen = new Set<string>();
    bid.prices.forEach((p, i) => {
      if (!codes.includes(p.item)) add(`prices.${i}.item`, `the tender has no item "${p.item}"`);
      else if (seen.has(p.item)) add(`prices.${i}.item`, `item "${p.item}" is priced twice`);
      seen.add(p.item);
    });
    const unpriced = codes.filter((c) => !seen.has(c));
    if (unpriced.length > 0) add('prices', `no price for ${quoted(unpriced)}`);
  } else if (!oneItem || bid.unitPriceRub === undefined) {
    add('prices', oneItem ? 'send unitPriceRub or prices' : `price each of ${quoted(codes)}`);
  }

  const { capacityByItem, capacityPerYear } = bid.plant;
  if (capacityByItem !== undefined) {
    if (capacityPerYear !== undefined) {
      add('plant.capacityPerYear', 'send either capacityPerYear or capacityByItem');
    }
    for (const code of Object.keys(capacityByItem)) {
      if (!codes.includes(code)) {
        add(`plant.capacityByItem.${code}`, `the tender has no item "${code}"`);
      }
    }
    const missing = codes.filter((c) => !Object.hasOwn(capacityByItem, c));
    if (missing.length > 0) add('plant.capacityByItem', `no capacity for ${quoted(missing)}`);
  } else if (!oneItem || capacityPerYear === undefined) {
    add(
      'plant.capacityByItem',
      oneItem ? 'send capacityPerYear or capacityByItem' : `state capacity of ${quoted(codes)}`,
    );
  }
  return errors;
}

const quoted = (codes: readonly string[]) => codes.map((c) => `"${c}"`).join(', ');
