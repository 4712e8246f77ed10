import Decimal from 'decimal.js';

/**
 * The decimals of the pp2604 calculator. Forty significant digits hold every quotient
 * exactly enough that nothing is lost before the one rounding the decree allows (to 2
 * decimals); the exponent limits keep strings out of scientific notation.
 */
export const ScoreDecimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type ScoreDecimal = InstanceType<typeof ScoreDecimal>;

/**
 * DOMAIN.md §6: criterion scores and totals are rounded half-up to 2 decimals
 * (x.xx5 → x.xx+0.01, never to even as banker's rounding would).
 */
export function roundScore(value: ScoreDecimal): ScoreDecimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** API.md: "Scores are numbers rounded to 2 decimals"; exact, as any 2-decimal string. */
export function scoreToNumber(rounded: ScoreDecimal): number {
  return Number(rounded.toFixed(2));
}
