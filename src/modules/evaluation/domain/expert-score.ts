import { ScoreDecimal } from './scoring-decimal';

/** Each member's expert score is 0–100 (DOMAIN.md §6). */
export function assertExpertScoreRange(value: ScoreDecimal, what: string): void {
  if (value.isNaN() || value.lt(0) || value.gt(100)) {
    throw new RangeError(`${what} must be from 0 to 100, not ${value.toString()}`);
  }
}

/**
 * DOMAIN.md §6: the technology score is the mean of the non-conflicted members' scores.
 * Returned unrounded (a decimal string) because the decree rounds the criterion score
 * once, in the calculator; rounding here too could round twice.
 */
export function meanExpertScore(scores: readonly number[]): string {
  if (scores.length === 0) throw new RangeError('no expert score to average');
  let sum = new ScoreDecimal(0);
  for (const score of scores) {
    if (!Number.isFinite(score)) throw new RangeError(`expert score is not a number: ${score}`);
    const value = new ScoreDecimal(score);
    assertExpertScoreRange(value, 'an expert score');
    sum = sum.plus(value);
  }
  return sum.div(scores.length).toFixed();
}
