import Decimal from 'decimal.js';
import type { SupplyItem } from '../../tenders';
import type { ItemPrice } from './bid-content';

/** A tender's item at the bid's unit price, with its value over the whole plan. */
export interface PricedItem extends SupplyItem {
  unitPriceRub: string;
  /** unitPriceRub × Σ quantityByYear, to the kopeck. */
  valueRub: string;
}

/** What pricing reads of a bid: `prices`, or the one-line `unitPriceRub` (one item). */
export interface BidPricing {
  unitPriceRub?: string;
  prices?: ItemPrice[];
}

/** What capacity reads of a bid's plant: per item, or the one-line yearly output. */
export interface BidPlant {
  plant: { capacityPerYear?: number; capacityByItem?: Record<string, number> };
}

/**
 * The bid's unit price of each item (CONTRACT.md §1): from `prices`, or for a one-item
 * tender the one-line `unitPriceRub`. An item the bid does not price is missing from the
 * result; the request validation refuses such a bid before it is sealed.
 */
export function unitPricesOf(
  content: BidPricing,
  items: readonly SupplyItem[],
): Map<string, string> {
  const prices = new Map((content.prices ?? []).map((p) => [p.item, p.unitPriceRub]));
  if (items.length === 1 && !prices.has(items[0].code) && content.unitPriceRub !== undefined) {
    prices.set(items[0].code, content.unitPriceRub);
  }
  return prices;
}

/** Every item of the tender at the bid's price; the contract copies these (§2). */
export function pricedItems(content: BidPricing, items: readonly SupplyItem[]): PricedItem[] {
  const prices = unitPricesOf(content, items);
  return items.map((item) => {
    const unitPriceRub = prices.get(item.code);
    if (unitPriceRub === undefined) throw new RangeError(`the bid prices no item ${item.code}`);
    const quantity = item.quantityByYear.reduce((sum, q) => sum + q, 0);
    return {
      ...item,
      unitPriceRub,
      valueRub: new Decimal(unitPriceRub).times(quantity).toFixed(2),
    };
  });
}

/** Bid price = Σ over items of unit price × planned quantity (CONTRACT.md §1). */
export function bidPrice(content: BidPricing, items: readonly SupplyItem[]): string {
  return pricedItems(content, items)
    .reduce((sum, item) => sum.plus(item.valueRub), new Decimal(0))
    .toFixed(2);
}

/** The plant's stated yearly output per item (one item: `plant.capacityPerYear`). */
export function capacityOf(content: BidPlant, items: readonly SupplyItem[]): Map<string, number> {
  const capacity = new Map(Object.entries(content.plant.capacityByItem ?? {}));
  if (
    items.length === 1 &&
    !capacity.has(items[0].code) &&
    content.plant.capacityPerYear !== undefined
  ) {
    capacity.set(items[0].code, content.plant.capacityPerYear);
  }
  return capacity;
}
