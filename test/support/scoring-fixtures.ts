/**
 * Fixtures shared by the pp2604 scoring specs. Only inputs live here: every expected
 * score stays in the specs, computed by hand.
 */
import type { Criterion } from '../../src/modules/tenders';
import {
  type AdmittedBid,
  type BidOffer,
  type BidScores,
  scoreBids,
} from '../../src/modules/evaluation/domain/pp2604-scoring';

/** The Moscow traction-battery tender: price 60, investment 15, build 10, local 5, tech 10. */
export const battery: readonly Criterion[] = [
  { code: 'price', weight: 60 },
  { code: 'investment', weight: 15 },
  { code: 'buildTime', weight: 10 },
  { code: 'localization', weight: 5 },
  { code: 'technology', weight: 10 },
];

/** An offer as the specs write it: unit price, investment, build months, localization %. */
export function offer(
  unitPriceRub: string,
  investmentRub: string,
  buildMonths: number,
  localizationPct: number,
): BidOffer {
  return { unitPriceRub, investmentRub, buildMonths, localizationPct };
}

export interface ScoredBidOverrides {
  values: BidOffer;
  /** The experts' mean on technology; left out, the bid has no expert score at all. */
  technology?: string | number;
  /** When the current version was submitted; 2 March 2026, 09:00 UTC unless given. */
  submittedAt?: Date | string;
}

/** An admitted bid ready for `scoreBids`. */
export function aScoredBid(
  id: string,
  { values, technology, submittedAt = '2026-03-02T09:00:00Z' }: ScoredBidOverrides,
): AdmittedBid {
  return {
    bidId: id,
    submittedAt: new Date(submittedAt),
    values,
    ...(technology === undefined ? {} : { expertScores: { technology } }),
  };
}

/**
 * Bids A, B and C of the battery tender, filed on 2, 3 and 4 March 2026 at 09:00 UTC.
 *   A 1320000.00 / 3400000000.00 / 30 months / 65 %, technology 80
 *   B 1390000.00 / 3200000000.00 / 34 months / 60 %, technology 70
 *   C 1280000.00 / 3100000000.00 / 28 months / 55 %, technology 90
 */
export const BATTERY_BIDS = {
  a: aScoredBid('bid-a', {
    submittedAt: '2026-03-02T09:00:00Z',
    values: offer('1320000.00', '3400000000.00', 30, 65),
    technology: 80,
  }),
  b: aScoredBid('bid-b', {
    submittedAt: '2026-03-03T09:00:00Z',
    values: offer('1390000.00', '3200000000.00', 34, 60),
    technology: 70,
  }),
  c: aScoredBid('bid-c', {
    submittedAt: '2026-03-04T09:00:00Z',
    values: offer('1280000.00', '3100000000.00', 28, 55),
    technology: 90,
  }),
};

/** Each bid's scores by bidId, under the battery criteria unless others are given. */
export function scoresOf(
  bids: readonly AdmittedBid[],
  criteria: readonly Criterion[] = battery,
): Record<string, BidScores> {
  return Object.fromEntries(scoreBids(criteria, bids).bids.map((x) => [x.bidId, x.scores]));
}
