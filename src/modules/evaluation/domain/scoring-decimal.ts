import Decimal from 'decimal.js';

/**
 * The decimals of the expert scores: their range check and the members' mean, which the
 * calculator then rounds once (to 2 decimals, scoring-exact.ts). Forty significant digits
 * hold the mean exactly enough that nothing is lost before that rounding; the exponent
 * limits keep strings out of scientific notation.
 */
export const ScoreDecimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type ScoreDecimal = InstanceType<typeof ScoreDecimal>;
