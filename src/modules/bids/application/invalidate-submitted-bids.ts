import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/application/append-audit-event';

/**
 * A condition-changing amendment (DOMAIN.md §3): every submitted bid must be confirmed or
 * replaced again. One audit event per bid, under the bid: these stay withheld until
 * opening, so the amendment itself never tells how many bids there are.
 */
export async function invalidateSubmittedBids(
  m: EntityManager,
  tenderId: string,
  at: Date,
): Promise<void> {
  const [rows] = await m.query<[{ id: string }[], number]>(
    `UPDATE bids SET status = 'invalidated', updated_at = $2
     WHERE tender_id = $1 AND status = 'submitted' RETURNING id`,
    [tenderId, at],
  );
  for (const { id } of rows) {
    await appendAuditEvent(m, {
      at,
      actor: null,
      action: 'bid.invalidated',
      entityType: 'bid',
      entityId: id,
      data: { tenderId },
    });
  }
}
