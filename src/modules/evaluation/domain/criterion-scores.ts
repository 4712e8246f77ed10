import type { CriterionCode } from '../../tenders';
import type { DecimalBid } from './scoring-input';
import { roundScore, ScoreDecimal } from './scoring-decimal';

const HUNDRED = new ScoreDecimal(100);

/**
 * DOMAIN.md §6 `price`, lower is better: Pmin / Pi × 100, Pmin the lowest admitted price
 * (the bid price of CONTRACT.md §1).
 */
function priceScores(prices: readonly ScoreDecimal[]): ScoreDecimal[] {
  const min = ScoreDecimal.min(...prices);
  return prices.map((price) => roundScore(min.div(price).times(HUNDRED)));
}

/**
 * DOMAIN.md §6 range criteria: (Xi − Xmin) / (Xmax − Xmin) × 100 when more is better,
 * (Xmax − Xi) / (Xmax − Xmin) × 100 when less is better. When every admitted bid offers
 * the same value (Xmax = Xmin, a single bid included) each scores 100.
 */
function rangeScores(values: readonly ScoreDecimal[], better: 'more' | 'less'): ScoreDecimal[] {
  const min = ScoreDecimal.min(...values);
  const max = ScoreDecimal.max(...values);
  const span = max.minus(min);
  if (span.isZero()) return values.map(() => HUNDRED);
  return values.map((x) => {
    const gain = better === 'more' ? x.minus(min) : max.minus(x);
    return roundScore(gain.div(span).times(HUNDRED));
  });
}

function technologyScore(bid: DecimalBid): ScoreDecimal {
  // toDecimalBids refuses a bid without it whenever technology is a criterion.
  if (bid.technology === null) throw new RangeError(`bid ${bid.bidId} has no technology score`);
  return roundScore(bid.technology);
}

/**
 * One criterion's score for every bid, in the order given, each rounded half-up to 2
 * decimals as DOMAIN.md §6 requires before weighting. `bids` must not be empty.
 */
export function criterionScores(code: CriterionCode, bids: readonly DecimalBid[]): ScoreDecimal[] {
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
