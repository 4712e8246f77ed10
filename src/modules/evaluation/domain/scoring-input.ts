import { DomainError } from '../../../common/errors/domain-error';
import { MONEY_PATTERN } from '../../../common/money/money';
import { assertExpertScoreRange } from './expert-score';
import { ScoreDecimal } from './scoring-decimal';

/** The offer of an admitted bid's current version, as the bid content holds it. */
export interface BidOffer {
  unitPriceRub: string;
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

/** An admitted bid with every number as a decimal, checked once. */
export interface DecimalBid {
  bidId: string;
  submittedAt: Date;
  unitPrice: ScoreDecimal;
  investment: ScoreDecimal;
  buildMonths: ScoreDecimal;
  localizationPct: ScoreDecimal;
  technology: ScoreDecimal | null;
}

function money(value: string, what: string, bidId: string): ScoreDecimal {
  if (!MONEY_PATTERN.test(value)) {
    throw new RangeError(`bid ${bidId}: ${what} is not a money amount: "${value}"`);
  }
  return new ScoreDecimal(value);
}

function count(value: number, what: string, bidId: string): ScoreDecimal {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`bid ${bidId}: ${what} must be a non-negative number, not ${value}`);
  }
  return new ScoreDecimal(value);
}

function technology(bid: AdmittedBid): ScoreDecimal | null {
  const mean = bid.expertScores?.technology;
  if (mean === undefined) return null;
  if (typeof mean === 'number' && !Number.isFinite(mean)) {
    throw new RangeError(`bid ${bid.bidId}: technology score is not a number: ${mean}`);
  }
  const value = new ScoreDecimal(mean);
  assertExpertScoreRange(value, `bid ${bid.bidId}: the technology score`);
  return value;
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
    const unitPrice = money(bid.values.unitPriceRub, 'unitPriceRub', bid.bidId);
    // Pmin / Pi: a zero price would divide by zero, and no real offer is free.
    if (unitPrice.isZero()) throw new RangeError(`bid ${bid.bidId}: unitPriceRub must be positive`);
    const tech = needsTechnology ? technology(bid) : null;
    if (needsTechnology && tech === null) missing.push(bid.bidId);
    return {
      bidId: bid.bidId,
      submittedAt: bid.submittedAt,
      unitPrice,
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
