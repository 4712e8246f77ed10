import type { EntityManager } from 'typeorm';
import { decideAtOpening, openedSubmittedBids } from '../../bids';
import { offsetFindings } from '../../bids';
import { tenderOffsetTerms } from '../../tenders';

/**
 * Automatic admission (DOMAIN.md §6), run right after the bids are opened, in the same
 * transaction: each opened bid is admitted, or rejected with every failed condition as a
 * reason. Returns how many were admitted.
 */
export async function admitOpenedBids(
  m: EntityManager,
  tenderId: string,
  at: Date,
): Promise<number> {
  const tender = await tenderOffsetTerms(m, tenderId);
  const terms = {
    items: tender.items,
    minInvestmentRub: tender.offset_conditions.minInvestmentRub,
    maxBuildMonths: tender.offset_conditions.maxBuildMonths,
    minLocalizationPct: tender.offset_conditions.minLocalizationPct,
    maxContractSharePct: tender.offset_conditions.maxContractSharePct ?? null,
  };
  const bids = await openedSubmittedBids(m, tenderId);
  const decided = bids.map((bid) => ({
    bidId: bid.id,
    reasons: offsetFindings(bid.opened_content, terms),
  }));
  // One statement each for the bids and their events, not a round trip per bid.
  await decideAtOpening(m, tenderId, decided, at);
  return decided.filter((d) => d.reasons.length === 0).length;
}
