import type { EntityManager } from 'typeorm';
import { bidById, bidVersion } from '../infrastructure/bid-store';
import { organizationOf } from './bid-intake';
import { BidView, storedBidView } from './bid-view';

/** Re-reads a bid after a change in the same transaction and shows it as stored. */
export async function reloadBidView(m: EntityManager, bidId: string): Promise<BidView> {
  const bid = await bidById(m, bidId);
  const version = await bidVersion(m, bidId, bid.version);
  return storedBidView(bid, await organizationOf(m, bid.organizationId), version.contentSha256);
}
