import type { EntityManager } from 'typeorm';
import { BidVersionEntity } from '../infrastructure/bid-version.entity';
import { BidEntity } from '../infrastructure/bid.entity';
import { organizationOf } from './bid-intake';
import { BidView, storedBidView } from './bid-view';

/** Re-reads a bid after a change in the same transaction and shows it as stored. */
export async function reloadBidView(m: EntityManager, bidId: string): Promise<BidView> {
  const bid = await m.findOneByOrFail(BidEntity, { id: bidId });
  const version = await m.findOneByOrFail(BidVersionEntity, { bidId, version: bid.version });
  return storedBidView(bid, await organizationOf(m, bid.organizationId), version.contentSha256);
}
