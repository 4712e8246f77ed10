import type { DataSource } from 'typeorm';
import type { BidContent } from '../domain/bid-content';
import type { BidStatus } from '../domain/bid-status';

export interface StoredBidRow {
  id: string;
  tender_id: string;
  organization_id: string;
  status: BidStatus;
  version: number;
  submitted_at: Date;
  updated_at: Date;
  receipt_signature: string;
  opened_content: BidContent | null;
  sha256: string;
}

/** Which bids of a tender a caller may list: its organization's own, or the opened ones. */
export type BidListScope =
  { kind: 'own'; tenderId: string; organizationId: string } | { kind: 'opened'; tenderId: string };

const SELECT = `SELECT b.*, v.content_sha256 AS sha256
  FROM bids b
  JOIN bid_versions v ON v.bid_id = b.id AND v.version = b.version`;

function whereOf(scope: BidListScope): { where: string; params: unknown[] } {
  return scope.kind === 'own'
    ? {
        where: 'b.tender_id = $1 AND b.organization_id = $2',
        params: [scope.tenderId, scope.organizationId],
      }
    : { where: 'b.tender_id = $1 AND b.opened_content IS NOT NULL', params: [scope.tenderId] };
}

export async function countBids(db: DataSource, scope: BidListScope): Promise<number> {
  const { where, params } = whereOf(scope);
  const [{ total }] = await db.query<{ total: number }[]>(
    `SELECT count(*)::int AS total FROM bids b WHERE ${where}`,
    params,
  );
  return total;
}

export function bidsPage(
  db: DataSource,
  scope: BidListScope,
  limit: number,
  offset: number,
): Promise<StoredBidRow[]> {
  const { where, params } = whereOf(scope);
  return db.query<StoredBidRow[]>(
    `${SELECT} WHERE ${where} ORDER BY b.submitted_at, b.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
    params,
  );
}

export async function storedBid(
  db: DataSource,
  tenderId: string,
  bidId: string,
): Promise<StoredBidRow | undefined> {
  const [row] = await db.query<StoredBidRow[]>(`${SELECT} WHERE b.id = $1 AND b.tender_id = $2`, [
    bidId,
    tenderId,
  ]);
  return row;
}

export interface BidDocumentListing {
  bid_id: string;
  id: string;
  opened_filename: string | null;
  size: number;
  sha256: string;
}

export function bidDocumentListings(
  db: DataSource,
  bidIds: string[],
): Promise<BidDocumentListing[]> {
  return db.query<BidDocumentListing[]>(
    `SELECT bid_id, id, opened_filename, size, sha256 FROM bid_documents
     WHERE bid_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
    [bidIds],
  );
}
