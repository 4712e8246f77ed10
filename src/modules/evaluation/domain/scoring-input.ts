import { DomainError } from '../../../common/errors/domain-error';
import { MONEY_PATTERN } from '../../../common/money/money';
import { assertExpertScoreRange } from './expert-score';
import { ScoreDecimal } from './scoring-decimal';
import { type Exact, exactOf, exactOfDecimal, exactOfNumber } from './scoring-exact';

/** The offer of an admitted bid's current version, as the bid content holds it. */
export interface BidOffer {
  /** The one-line unit price of version 1; scored when `bidPriceRub` is not given. */
  unitPriceRub?: string;
  /**
   * The bid price, Σ unit price × planned quantity (CONTRACT.md §1): what `price` scores.
   * For one item it is the unit price times one quantity shared by every bid, so
   * Pmin / Pi is the same ratio (scoring-bid-price-of-one-item-scores-as-its-unit-price).
   */
  bidPriceRub?: string;
  investmentRub: string;
  buildMonths: number;
  localizationPct: number;
}

export interface AdmittedBid {
  bidId: string;
  /** When the current version was submitted: the tie-break of DOMAIN.md §6. */
  submittedAt: Date;
  values: BidOffer;
  /** technology: the members' mean, e.g. from `meanExpertScore`, unrounded. */
  expertScores?: { technology?: string | number };
}

/** An admitted bid with every number as an exact decimal, checked once. */
export interface DecimalBid {
  bidId: string;
  submittedAt: Date;
  /** What the price criterion compares: the bid price, or the one-line unit price. */
  price: Exact;
  investment: Exact;
  buildMonths: Exact;
  localizationPct: Exact;
  technology: Exact | null;
}

function money(value: string, what: string, bidId: string): Exact {
  if (!MONEY_PATTERN.test(value)) {
    throw new RangeError(`bid ${bidId}: ${what} is not a money amount: "${value}"`);
  }
  return exactOf(value);
}

/** A bid price may exceed the largest single amount of MONEY_PATTERN: any 2-decimal sum. */
const SUM = /^\d+(\.\d{1,2})?$/;

function priceOf(bid: AdmittedBid): Exact {
  const { bidPriceRub, unitPriceRub } = bid.values;
  if (bidPriceRub !== undefined) {
    if (!SUM.test(bidPriceRub)) {
      throw new RangeError(`bid ${bid.bidId}: bidPriceRub is not a money amount: "${bidPriceRub}"`);
    }
    return exactOf(bidPriceRub);
  }
  if (unitPriceRub === undefined) throw new RangeError(`bid ${bid.bidId} has no price`);
  return money(unitPriceRub, 'unitPriceRub', bid.bidId);
}

function count(value: number, what: string, bidId: string): Exact {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`bid ${bidId}: ${what} must be a non-negative number, not ${value}`);
  }
  return exactOfNumber(value);
}

function technology(bid: AdmittedBid): Exact | null {
  const mean = bid.expertScores?.technology;
  if (mean === undefined) return null;
  if (typeof mean === 'number' && !Number.isFinite(mean)) {
    throw new RangeError(`bid ${bid.bidId}: technology score is not a number: ${mean}`);
  }
  const value = new ScoreDecimal(mean);
  assertExpertScoreRange(value, `bid ${bid.bidId}: the technology score`);
  return exactOfDecimal(value);
}

/**
 * Checks the calculator's input and turns it into decimals. Programming errors (a
 * malformed amount, a duplicate bid) are RangeErrors; a technology score still missing
 * when technology is a criterion is EVALUATION_INCOMPLETE, as API.md names that state.
 */
export function toDecimalBids(
  bids: readonly AdmittedBid[],
  needsTechnology: boolean,
): DecimalBid[] {
  const ids = new Set<string>();
  const missing: string[] = [];
  const parsed = bids.map((bid): DecimalBid => {
    if (ids.has(bid.bidId)) throw new RangeError(`bid ${bid.bidId} is given twice`);
    ids.add(bid.bidId);
    if (Number.isNaN(bid.submittedAt.getTime())) {
      throw new RangeError(`bid ${bid.bidId}: submittedAt is not a valid date`);
    }
    const price = priceOf(bid);
    // Pmin / Pi: a zero price would divide by zero, and no real offer is free.
    if (price.units === 0n) throw new RangeError(`bid ${bid.bidId}: its price must be positive`);
    const tech = needsTechnology ? technology(bid) : null;
    if (needsTechnology && tech === null) missing.push(bid.bidId);
    return {
      bidId: bid.bidId,
      submittedAt: bid.submittedAt,
      price,
      investment: money(bid.values.investmentRub, 'investmentRub', bid.bidId),
      buildMonths: count(bid.values.buildMonths, 'buildMonths', bid.bidId),
      localizationPct: count(bid.values.localizationPct, 'localizationPct', bid.bidId),
      technology: tech,
    };
  });
  if (missing.length > 0) {
    throw new DomainError(
      'EVALUATION_INCOMPLETE',
      'Every admitted bid needs its technology score before scoring',
      { bidIds: missing },
    );
  }
  return parsed;
}
