import type { CriterionCode } from '../../tenders';
import type { DecimalBid } from './scoring-input';
import { divideHalfUp, type Exact, maxOf, minOf, onCommonScale } from './scoring-exact';

/** 100.00 in hundredths. */
const FULL = 10000n;

/**
 * DOMAIN.md §6 `price`, lower is better: Pmin / Pi × 100, Pmin the lowest admitted price
 * (the bid price of CONTRACT.md §1).
 */
function priceScores(prices: readonly Exact[]): bigint[] {
  const units = onCommonScale(prices);
  const min = minOf(units);
  return units.map((price) => divideHalfUp(min * FULL, price));
}

/**
 * DOMAIN.md §6 range criteria: (Xi − Xmin) / (Xmax − Xmin) × 100 when more is better,
 * (Xmax − Xi) / (Xmax − Xmin) × 100 when less is better. When every admitted bid offers
 * the same value (Xmax = Xmin, a single bid included) each scores 100.
 */
function rangeScores(values: readonly Exact[], better: 'more' | 'less'): bigint[] {
  const units = onCommonScale(values);
  const min = minOf(units);
  const max = maxOf(units);
  const span = max - min;
  if (span === 0n) return units.map(() => FULL);
  return units.map((x) => divideHalfUp((better === 'more' ? x - min : max - x) * FULL, span));
}

function technologyScore(bid: DecimalBid): bigint {
  // toDecimalBids refuses a bid without it whenever technology is a criterion.
  if (bid.technology === null) throw new RangeError(`bid ${bid.bidId} has no technology score`);
  const { units, scale } = bid.technology;
  return scale <= 2
    ? units * 10n ** BigInt(2 - scale)
    : divideHalfUp(units, 10n ** BigInt(scale - 2));
}

/**
 * One criterion's score for every bid, in the order given, in hundredths: each rounded
 * half-up to 2 decimals as DOMAIN.md §6 requires before weighting. `bids` must not be
 * empty.
 */
export function criterionScores(code: CriterionCode, bids: readonly DecimalBid[]): bigint[] {
  switch (code) {
    case 'price':
      return priceScores(bids.map((b) => b.price));
    case 'investment':
      return rangeScores(
        bids.map((b) => b.investment),
        'more',
      );
    case 'buildTime':
      return rangeScores(
        bids.map((b) => b.buildMonths),
        'less',
      );
    case 'localization':
      return rangeScores(
        bids.map((b) => b.localizationPct),
        'more',
      );
    case 'technology':
      return bids.map(technologyScore);
  }
}
