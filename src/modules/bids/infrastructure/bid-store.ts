import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { BidVersionEntity } from './bid-version.entity';
import { BidEntity } from './bid.entity';

export type NewBid = Omit<BidEntity, 'rejectionReasons' | 'openedContent'>;

const VERSION_COLUMNS =
  'bid_id, version, sealed_content, content_sha256, submitted_by, submitted_at';

/**
 * A new bid and its first version in one statement (bid intake's hot path: a round trip
 * and TypeORM's query building less than an insert each). A second live bid of the
 * organization fails on bids_one_live_per_organization, as before.
 */
export async function insertBidWithFirstVersion(
  m: EntityManager,
  bid: NewBid,
  version: BidVersionEntity,
): Promise<void> {
  await m.query(
    `WITH bid AS (
       INSERT INTO bids (id, tender_id, organization_id, status, version, submitted_at,
         updated_at, receipt_signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
     INSERT INTO bid_versions (${VERSION_COLUMNS})
     SELECT id, $9, $10, $11, $12, $13 FROM bid`,
    [
      bid.id,
      bid.tenderId,
      bid.organizationId,
      bid.status,
      bid.version,
      bid.submittedAt,
      bid.updatedAt,
      bid.receiptSignature,
      version.version,
      version.sealedContent,
      version.contentSha256,
      version.submittedBy,
      version.submittedAt,
    ],
  );
}

/** Every version is a new row: a replacement never overwrites the sealed content. */
export async function insertBidVersion(m: EntityManager, version: BidVersionEntity): Promise<void> {
  await m.query(`INSERT INTO bid_versions (${VERSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
    version.bidId,
    version.version,
    version.sealedContent,
    version.contentSha256,
    version.submittedBy,
    version.submittedAt,
  ]);
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
