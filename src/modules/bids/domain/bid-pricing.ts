import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import type { SupplyItem } from '../../tenders';
import type { BidPlant, BidPricing } from './priced-items';

/**
 * Does the bid price, and state a capacity for, every item of the tender exactly once and
 * nothing else (CONTRACT.md §1)? A one-item tender may take the one-line `unitPriceRub`
 * and `plant.capacityPerYear` instead; one form per bid, never both. Checked at intake,
 * before sealing: once sealed, nobody can look.
 */
export function bidPricingErrors(
  bid: BidPricing & BidPlant,
  items: readonly SupplyItem[],
): FieldError[] {
  const codes = items.map((i) => i.code);
  const oneItem = items.length === 1;
  const errors: FieldError[] = [];
  const add = (error: FieldError) => errors.push(error);

  // `null` is as good as absent: the request validation lets an optional field be null.
  if (bid.prices != null) {
    if (bid.unitPriceRub != null) {
      add(refusal('unitPriceRub', 'send either unitPriceRub or prices', 'priceInOneForm'));
    }
    const seen = new Set<string>();
    bid.prices.forEach((p, i) => {
      const field = `prices.${i}.item`;
      if (!codes.includes(p.item)) {
        add(refusal(field, `the tender has no item "${p.item}"`, 'unknownItem', p.item));
      } else if (seen.has(p.item)) {
        add(refusal(field, `item "${p.item}" is priced twice`, 'itemPricedTwice', p.item));
      }
      seen.add(p.item);
    });
    const unpriced = codes.filter((c) => !seen.has(c));
    if (unpriced.length > 0) {
      add(refusal('prices', `no price for ${quoted(unpriced)}`, 'itemsUnpriced', unpriced));
    }
  } else if (oneItem) {
    if (bid.unitPriceRub == null) {
      add(refusal('prices', 'send unitPriceRub or prices', 'priceRequired'));
    }
  } else {
    add(refusal('prices', `price each of ${quoted(codes)}`, 'itemsUnpriced', codes));
  }

  const { capacityByItem, capacityPerYear } = bid.plant;
  if (capacityByItem != null) {
    if (capacityPerYear != null) {
      const message = 'send either capacityPerYear or capacityByItem';
      add(refusal('plant.capacityPerYear', message, 'capacityInOneForm'));
    }
    for (const code of Object.keys(capacityByItem)) {
      if (!codes.includes(code)) {
        const field = `plant.capacityByItem.${code}`;
        add(refusal(field, `the tender has no item "${code}"`, 'unknownItem', code));
      }
    }
    const missing = codes.filter((c) => !Object.hasOwn(capacityByItem, c));
    if (missing.length > 0) {
      const message = `no capacity for ${quoted(missing)}`;
      add(refusal('plant.capacityByItem', message, 'itemsWithoutCapacity', missing));
    }
  } else if (oneItem) {
    if (capacityPerYear == null) {
      const message = 'send capacityPerYear or capacityByItem';
      add(refusal('plant.capacityByItem', message, 'capacityRequired'));
    }
  } else {
    const message = `state capacity of ${quoted(codes)}`;
    add(refusal('plant.capacityByItem', message, 'itemsWithoutCapacity', codes));
  }
  return errors;
}

const quoted = (codes: readonly string[]) => codes.map((c) => `"${c}"`).join(', ');
