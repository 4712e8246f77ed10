import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { plannedQuery, preparedQuery } from '../../../common/persistence/prepared-query';
import { BidVersionEntity } from './bid-version.entity';
import { BidEntity } from './bid.entity';

export type NewBid = Omit<BidEntity, 'rejectionReasons' | 'openedContent'>;

const VERSION_COLUMNS =
  'bid_id, version, sealed_content, content_sha256, submitted_by, submitted_at';

/** A new bid as the intake files it, with its first version. */
export interface NewBidFiling {
  bid: NewBid;
  version: BidVersionEntity;
}

/**
 * New bids and their first versions, many in one statement (the intake's group commit).
 * A bid whose organization already has a live bid on the tender, or another in the same
 * group, is not inserted (bids_one_live_per_organization): the ids returned are the bids
 * filed, and the caller answers the others BID_EXISTS. Rows go in by organization (the
 * first filed of one organization first), so two groups on one tender (two API processes)
 * take the unique index's entries in one order and cannot deadlock.
 */
export async function insertNewBids(
  m: EntityManager,
  filings: readonly NewBidFiling[],
): Promise<Set<string>> {
  const column = <K extends keyof NewBid>(k: K) => filings.map((f) => f.bid[k]);
  const versionColumn = <K extends keyof BidVersionEntity>(k: K) =>
    filings.map((f) => f.version[k]);
  const { rows } = await preparedQuery<{ id: string }>(
    m,
    'insert_new_bids',
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[],
         $6::timestamptz[], $7::timestamptz[], $8::text[], $9::int[], $10::bytea[],
         $11::text[], $12::uuid[], $13::timestamptz[]) WITH ORDINALITY
       AS i(id, tender_id, organization_id, status, version, submitted_at, updated_at,
         receipt_signature, first_version, sealed_content, content_sha256, submitted_by,
         version_submitted_at, n)),
     bid AS (
       INSERT INTO bids (id, tender_id, organization_id, status, version, submitted_at,
         updated_at, receipt_signature)
       SELECT id, tender_id, organization_id, status, version, submitted_at, updated_at,
         receipt_signature FROM input ORDER BY organization_id, n
       ON CONFLICT (tender_id, organization_id, live_key) DO NOTHING
       RETURNING id),
     version AS (
       INSERT INTO bid_versions (${VERSION_COLUMNS})
       SELECT i.id, i.first_version, i.sealed_content, i.content_sha256, i.submitted_by,
         i.version_submitted_at
       FROM input i JOIN bid USING (id))
     SELECT id FROM bid`,
    [
      column('id'),
      column('tenderId'),
      column('organizationId'),
      column('status'),
      column('version'),
      column('submittedAt'),
      column('updatedAt'),
      column('receiptSignature'),
      versionColumn('version'),
      versionColumn('sealedContent'),
      versionColumn('contentSha256'),
      versionColumn('submittedBy'),
      versionColumn('submittedAt'),
    ],
  );
  return new Set(rows.map((r) => r.id));
}

/** Every version is a new row: a replacement never overwrites the sealed content. */
export async function insertBidVersions(
  m: EntityManager,
  versions: readonly BidVersionEntity[],
): Promise<void> {
  const column = <K extends keyof BidVersionEntity>(k: K) => versions.map((v) => v[k]);
  await preparedQuery(
    m,
    'insert_bid_versions',
    `INSERT INTO bid_versions (${VERSION_COLUMNS})
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::bytea[], $4::text[], $5::uuid[],
       $6::timestamptz[])`,
    [
      column('bidId'),
      column('version'),
      column('sealedContent'),
      column('contentSha256'),
      column('submittedBy'),
      column('submittedAt'),
    ],
  );
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

/**
 * The bids asked for, each only if it is of the tender and of the organization asking for
 * it (others' bids are neither returned nor locked), FOR UPDATE in id order, so two groups
 * never deadlock. Planned at each call, not prepared: a plan cached while `bids` is small
 * (a fresh database, the first minutes of a deployment) scans the table, and PostgreSQL
 * keeps it until the next ANALYZE while the table grows (a bench run saw it on 94 of 113
 * groups); planning once per group costs little.
 */
export async function lockOwnBidsOfTender(
  m: EntityManager,
  tenderId: string,
  asked: readonly { bidId: string; organizationId: string }[],
): Promise<BidEntity[]> {
  const { rows } = await plannedQuery<BidEntity>(
    m,
    `SELECT b.id, b.tender_id AS "tenderId", b.organization_id AS "organizationId", b.status,
       b.version, b.submitted_at AS "submittedAt", b.updated_at AS "updatedAt",
       b.receipt_signature AS "receiptSignature", b.opened_content AS "openedContent"
     FROM bids b
     WHERE b.tender_id = $1
       AND (b.id, b.organization_id) IN (SELECT * FROM unnest($2::uuid[], $3::uuid[]))
     ORDER BY b.id
     FOR UPDATE OF b`,
    [tenderId, asked.map((a) => a.bidId), asked.map((a) => a.organizationId)],
  );
  return rows;
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
