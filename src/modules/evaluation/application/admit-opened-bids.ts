import type { EntityManager } from 'typeorm';
import { appendAuditEvents } from '../../audit/application/append-audit-event';
import type { BidContent } from '../../bids/domain/bid-content';
import { offsetFindings } from '../../bids/domain/offset-findings';
import type { OffsetConditions } from '../../tenders/infrastructure/tender.entity';

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
  const [tender] = await m.query<
    { max_unit_price_rub: string; offset_conditions: OffsetConditions }[]
  >('SELECT max_unit_price_rub, offset_conditions FROM tenders WHERE id = $1', [tenderId]);
  const terms = {
    maxUnitPriceRub: tender.max_unit_price_rub,
    minInvestmentRub: tender.offset_conditions.minInvestmentRub,
    maxBuildMonths: tender.offset_conditions.maxBuildMonths,
    minLocalizationPct: tender.offset_conditions.minLocalizationPct,
  };
  const bids = await m.query<{ id: string; opened_content: BidContent }[]>(
    `SELECT id, opened_content FROM bids WHERE tender_id = $1 AND status = 'submitted' AND opened_content IS NOT NULL`,
    [tenderId],
  );
  const decided = bids.map((bid) => {
    const reasons = offsetFindings(bid.opened_content, terms);
    return { id: bid.id, status: reasons.length === 0 ? 'admitted' : 'rejected', reasons };
  });
  // One statement each for the bids and their events, not a round trip per bid.
  await m.query(
    `UPDATE bids b SET status = d.status, rejection_reasons = d.reasons, updated_at = $4
     FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS d(id, status, reasons) WHERE b.id = d.id`,
    [
      decided.map((d) => d.id),
      decided.map((d) => d.status),
      decided.map((d) => JSON.stringify(d.reasons)),
      at,
    ],
  );
  await appendAuditEvents(
    m,
    decided.map((d) => ({
      at,
      actor: null,
      action: d.status === 'admitted' ? 'bid.admitted' : 'bid.rejected',
      entityType: 'bid',
      entityId: d.id,
      data: { tenderId, reasons: d.reasons.map((r) => r.code) },
    })),
  );
  return decided.filter((d) => d.status === 'admitted').length;
}
