import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { BidVersionEntity } from './bid-version.entity';
import { BidEntity } from './bid.entity';

export type NewBid = Omit<BidEntity, 'rejectionReasons'>;

export async function insertBid(m: EntityManager, bid: NewBid): Promise<void> {
  await m.insert(BidEntity, bid);
}

/** Every version is a new row: a replacement never overwrites the sealed content. */
export async function insertBidVersion(m: EntityManager, version: BidVersionEntity): Promise<void> {
  await m.insert(BidVersionEntity, version);
}

/** The caller's own bid, locked; any other bid answers 404 as if it did not exist. */
export async function lockOwnBid(
  m: EntityManager,
  tenderId: string,
  bidId: string,
  organizationId: string,
): Promise<BidEntity> {
  const bid = await m.findOne(BidEntity, {
    where: { id: bidId, tenderId, organizationId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!bid) throw new NotFoundError('Bid');
  return bid;
}

/** A bid known to exist (read back in the transaction that changed it). */
export function bidById(m: EntityManager, id: string): Promise<BidEntity> {
  return m.findOneByOrFail(BidEntity, { id });
}

/** A version known to exist: the bid's current one. */
export function bidVersion(
  m: EntityManager,
  bidId: string,
  version: number,
): Promise<BidVersionEntity> {
  return m.findOneByOrFail(BidVersionEntity, { bidId, version });
}
