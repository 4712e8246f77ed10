import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
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
  let admitted = 0;
  for (const bid of bids) {
    const reasons = offsetFindings(bid.opened_content, terms);
    const status = reasons.length === 0 ? 'admitted' : 'rejected';
    if (status === 'admitted') admitted += 1;
    await m.query(
      'UPDATE bids SET status = $2, rejection_reasons = $3, updated_at = $4 WHERE id = $1',
      [bid.id, status, JSON.stringify(reasons), at],
    );
    await appendAuditEvent(m, {
      at,
      actor: null,
      action: `bid.${status}`,
      entityType: 'bid',
      entityId: bid.id,
      data: { tenderId, reasons: reasons.map((r) => r.code) },
    });
  }
  return admitted;
}
