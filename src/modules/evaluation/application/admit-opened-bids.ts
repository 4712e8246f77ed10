import type { EntityManager } from 'typeorm';
import { decideAtOpening, openedSubmittedBids } from '../../bids';
import { offsetFindings } from '../../bids';
import { tendersOffsetTerms } from '../../tenders';

/**
 * Automatic admission (DOMAIN.md §6), run right after the bids are opened, in the same
 * transaction: each opened bid is admitted, or rejected with every failed condition as a
 * reason. Tenders opened together are decided together. Returns how many bids each
 * tender admitted.
 */
export async function admitOpenedBids(
  m: EntityManager,
  tenderIds: readonly string[],
  at: Date,
): Promise<Map<string, number>> {
  const termsOf = new Map(
    [...(await tendersOffsetTerms(m, tenderIds))].map(([id, tender]) => [
      id,
      {
        items: tender.items,
        minInvestmentRub: tender.offset_conditions.minInvestmentRub,
        maxBuildMonths: tender.offset_conditions.maxBuildMonths,
        minLocalizationPct: tender.offset_conditions.minLocalizationPct,
        maxContractSharePct: tender.offset_conditions.maxContractSharePct ?? null,
      },
    ]),
  );
  const decided = (await openedSubmittedBids(m, tenderIds)).map((bid) => {
    const terms = termsOf.get(bid.tender_id);
    if (!terms) throw new Error(`tender ${bid.tender_id} is gone`);
    const reasons = offsetFindings(bid.opened_content, terms);
    return { bidId: bid.id, tenderId: bid.tender_id, reasons };
  });
  // One statement each for the bids and their events, not a round trip per bid.
  await decideAtOpening(m, decided, at);
  const admitted = new Map(tenderIds.map((id) => [id, 0]));
  for (const d of decided) {
    if (d.reasons.length === 0) admitted.set(d.tenderId, (admitted.get(d.tenderId) ?? 0) + 1);
  }
  return admitted;
}
