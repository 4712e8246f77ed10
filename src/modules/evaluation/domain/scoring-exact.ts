import { ScoreDecimal } from './scoring-decimal';

/**
 * A non-negative decimal held exactly as an integer count of 10^-scale: what the pp2604
 * calculator compares and divides. Each score is one quotient rounded half-up to
 * hundredths, computed on integers: exactly the decimal result (a 40-digit quotient
 * could only round differently within 10^-40 of a half-hundredth, which no quotient of
 * denominators below 10^35 comes), at a fraction of decimal.js's cost on 10,000 bids.
 */
export interface Exact {
  units: bigint;
  scale: number;
}

/** A plain decimal string (digits, at most one point), e.g. a money amount. */
export function exactOf(plain: string): Exact {
  const point = plain.indexOf('.');
  if (point < 0) return { units: BigInt(plain), scale: 0 };
  return {
    units: BigInt(plain.slice(0, point) + plain.slice(point + 1)),
    scale: plain.length - point - 1,
  };
}

/** A decimal.js value (already checked non-negative and finite). */
export function exactOfDecimal(value: ScoreDecimal): Exact {
  return exactOf(value.toFixed());
}

/** A non-negative finite JS number, as decimal.js reads it (its shortest decimal form). */
export function exactOfNumber(value: number): Exact {
  return Number.isSafeInteger(value)
    ? { units: BigInt(value), scale: 0 }
    : exactOfDecimal(new ScoreDecimal(value));
}

/** The values as integers of one common scale, so that they compare and subtract. */
export function onCommonScale(values: readonly Exact[]): bigint[] {
  const scale = Math.max(...values.map((v) => v.scale));
  return values.map((v) =>
    v.scale === scale ? v.units : v.units * 10n ** BigInt(scale - v.scale),
  );
}

/** numerator / denominator rounded half-up to an integer (both non-negative, denominator > 0). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Hundredths as the number API.md shows: Number(9697n) / 100 is the double nearest 96.97. */
export function hundredthsToNumber(hundredths: bigint): number {
  return Number(hundredths) / 100;
}

/** The extreme of integers (non-empty). */
export function minOf(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => (b < a ? b : a));
}

export function maxOf(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => (b > a ? b : a));
}
