import Decimal from 'decimal.js';
import { endOfMoscowDay, moscowDate } from '../../calendar';

/** Contract value = unit price × quantity (DOMAIN.md §8), exact to the kopeck. */
export function contractValue(unitPriceRub: string, quantity: number): string {
  return new Decimal(unitPriceRub).times(quantity).toFixed(2);
}

/** Value over quantity to the kopeck (half-up): a several-item contract's one-line price. */
export function averageUnitPrice(valueRub: string, quantity: number): string {
  if (quantity === 0) return '0.00';
  return new Decimal(valueRub).div(quantity).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Calendar months after an instant, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * DOMAIN.md §8: a milestone falls due `dueMonth` calendar months after the countersignature,
 * at the end of that Moscow day (signed on 31 January, due month 1 → end of 28/29 February).
 */
export function milestoneDueDate(signedAt: Date, dueMonth: number): Date {
  const signedOn = new Date(`${moscowDate(signedAt)}T00:00:00Z`);
  return endOfMoscowDay(addMonths(signedOn, dueMonth).toISOString().slice(0, 10));
}
