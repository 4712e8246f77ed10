import { In, Not, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { plannedQuery } from '../../../common/persistence/prepared-query';
import type { TenderStatus } from '../domain/tender-status';
import { TenderAmendmentEntity } from './tender-amendment.entity';
import { TenderEntity } from './tender.entity';

/**
 * Loads a tender inside the caller's transaction, locked: `update` for the writers that
 * change it, `share` for work that must not interleave with closing or amending but may
 * run alongside other such work (a tender document's upload; bid intake takes the same
 * lock through lockTenderForShare, reading only its columns).
 */
export async function lockTender(
  m: EntityManager,
  id: string,
  mode: 'update' | 'share',
): Promise<TenderEntity> {
  const tender = await m.findOne(TenderEntity, {
    where: { id },
    lock: { mode: mode === 'update' ? 'pessimistic_write' : 'pessimistic_read' },
  });
  if (!tender) throw new NotFoundError('Tender');
  return tender;
}

/** The columns bid intake reads from a tender (TenderForBidding), under its share lock. */
export type TenderBiddingRow = Pick<
  TenderEntity,
  | 'id'
  | 'status'
  | 'submissionDeadline'
  | 'sealPublicKey'
  | 'sealPrivateKeyWrapped'
  | 'maxUnitPriceRub'
  | 'items'
  | 'subject'
  | 'offsetConditions'
  | 'bidsOpenedAt'
>;

/**
 * The tender FOR SHARE for bid intake: only the columns it reads (every group of filings
 * runs it; the entity's 25 columns through TypeORM's query builder cost the request thread
 * more than the read itself). Not prepared: a plan cached while `tenders` is small scans
 * it from then on (see activeAccountsByIds).
 */
export async function lockTenderForShare(m: EntityManager, id: string): Promise<TenderBiddingRow> {
  const { rows } = await plannedQuery<TenderBiddingRow>(
    m,
    `SELECT id, status, submission_deadline AS "submissionDeadline",
       seal_public_key AS "sealPublicKey", seal_private_key_wrapped AS "sealPrivateKeyWrapped",
       max_unit_price_rub AS "maxUnitPriceRub", items,
       subject, offset_conditions AS "offsetConditions", bids_opened_at AS "bidsOpenedAt"
     FROM tenders WHERE id = $1 FOR SHARE`,
    [id],
  );
  if (rows.length === 0) throw new NotFoundError('Tender');
  return rows[0];
}

/** The tender, unlocked, if it exists (drafts included: the caller decides who sees them). */
export function tenderById(m: EntityManager, id: string): Promise<TenderEntity | null> {
  return m.getRepository(TenderEntity).findOneBy({ id });
}

/**
 * One page of tenders, newest first, and the total: of one status if given, else all but
 * drafts when `hideDrafts`, else all.
 */
export function tendersPage(
  m: EntityManager,
  filter: { status?: TenderStatus; hideDrafts: boolean; limit: number; offset: number },
): Promise<[TenderEntity[], number]> {
  const status = filter.status ?? (filter.hideDrafts ? Not(In(['draft'])) : undefined);
  return m.getRepository(TenderEntity).findAndCount({
    where: status ? { status } : {},
    order: { createdAt: 'DESC', id: 'ASC' },
    take: filter.limit,
    skip: filter.offset,
  });
}

/** A new draft: every column given, so a plain INSERT (no read-back). */
export async function insertTender(m: EntityManager, tender: TenderEntity): Promise<TenderEntity> {
  const created = m.create(TenderEntity, tender);
  await m.insert(TenderEntity, created);
  return created;
}

/** Writes back a loaded (and locked) tender after the caller changed its fields. */
export async function saveTender(m: EntityManager, tender: TenderEntity): Promise<void> {
  await m.save(TenderEntity, tender);
}

export function amendmentsOf(m: EntityManager, tenderId: string): Promise<TenderAmendmentEntity[]> {
  return m.find(TenderAmendmentEntity, { where: { tenderId }, order: { number: 'ASC' } });
}

/** The amendments of all these tenders, in number order (one query for a page). */
export function amendmentsOfTenders(
  m: EntityManager,
  tenderIds: string[],
): Promise<TenderAmendmentEntity[]> {
  return m.getRepository(TenderAmendmentEntity).find({
    where: { tenderId: In(tenderIds) },
    order: { number: 'ASC' },
  });
}

export async function saveAmendment(
  m: EntityManager,
  amendment: TenderAmendmentEntity,
): Promise<TenderAmendmentEntity> {
  const created = m.create(TenderAmendmentEntity, amendment);
  await m.save(TenderAmendmentEntity, created);
  return created;
}

/** Pulls the tender's next check forward to `due` if sooner; returns the resulting time. */
export async function pullNextCheckForward(
  m: EntityManager,
  tenderId: string,
  due: Date,
): Promise<Date | null> {
  const [rows] = await m.query<[{ next_check_at: Date | null }[], number]>(
    `UPDATE tenders SET next_check_at = LEAST(next_check_at, $2) WHERE id = $1 RETURNING next_check_at`,
    [tenderId, due],
  );
  return rows[0].next_check_at;
}
