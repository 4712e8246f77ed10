import type { EntityManager } from 'typeorm';
import { changeTenderBidsStatus } from '../infrastructure/bid-status.writer';

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
  await changeTenderBidsStatus(m, {
    tenderId,
    event: 'invalidate',
    at,
    audit: (bidId) => ({
      at,
      actor: null,
      action: 'bid.invalidated',
      entityType: 'bid',
      entityId: bidId,
      data: { tenderId },
    }),
  });
}
