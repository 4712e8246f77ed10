import { type Criterion, type CriterionCode, criteriaProblems } from '../../tenders';
import { rankBids } from './bid-ranking';
import { criterionScores } from './criterion-scores';
import { divideHalfUp, hundredthsToNumber } from './scoring-exact';
import { type AdmittedBid, toDecimalBids } from './scoring-input';

export type { AdmittedBid, BidOffer } from './scoring-input';
export { meanExpertScore } from './expert-score';

/** Only the tender's criteria appear, each 0–100, plus the weighted total. */
export type BidScores = Partial<Record<CriterionCode, number>> & { total: number };

export interface ScoredBid {
  bidId: string;
  scores: BidScores;
  /** 1 wins; ranks are distinct (DOMAIN.md §6 tie-break, then bidId). */
  rank: number;
}

export interface ScoringResult {
  /** DOMAIN.md §6: one admitted bid is allowed and may be awarded. */
  singleBid: boolean;
  /** In rank order, rank 1 first. Empty when no bid was admitted. */
  bids: ScoredBid[];
}

/**
 * Scores the admitted bids of a tender under ruleset `pp2604` (Government Decree 2604 of
 * 31.12.2021, DOMAIN.md §6). Rejected bids must not be passed: they would move Pmin,
 * Xmin and Xmax. Each criterion score is rounded half-up to 2 decimals, the total is
 * Σ(rounded score × weight / 100) rounded half-up to 2 decimals, all exact (integers of
 * hundredths, scoring-exact.ts).
 * No admitted bid gives an empty result; the caller answers NO_ADMISSIBLE_BIDS.
 */
export function scoreBids(
  criteria: readonly Criterion[],
  bids: readonly AdmittedBid[],
): ScoringResult {
  const problems = criteriaProblems([...criteria], null);
  if (problems.length > 0) {
    throw new RangeError(`invalid criteria: ${problems.map((p) => p.message).join('; ')}`);
  }
  const needsTechnology = criteria.some((c) => c.code === 'technology');
  const decimalBids = toDecimalBids(bids, needsTechnology);
  if (decimalBids.length === 0) return { singleBid: false, bids: [] };

  const columns = criteria.map((criterion) => ({
    criterion,
    scores: criterionScores(criterion.code, decimalBids),
  }));
  const totalled = decimalBids.map((bid, i) => {
    const scores: Partial<Record<CriterionCode, number>> = {};
    // Σ hundredths × whole-percent weight: the total in ten-thousandths of hundredths.
    let sum = 0n;
    for (const { criterion, scores: column } of columns) {
      scores[criterion.code] = hundredthsToNumber(column[i]);
      // The decree weighs the already rounded criterion score.
      sum += column[i] * BigInt(criterion.weight);
    }
    const total = divideHalfUp(sum, 100n);
    return { bidId: bid.bidId, submittedAt: bid.submittedAt, total, scores };
  });

  return {
    singleBid: decimalBids.length === 1,
    bids: rankBids(totalled).map((b) => ({
      bidId: b.bidId,
      scores: { ...b.scores, total: hundredthsToNumber(b.total) },
      rank: b.rank,
    })),
  };
}
