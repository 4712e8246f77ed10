import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { itemsOfTender, type SupplyItem } from '../domain/supply-plan';
import type { TenderStatus } from '../domain/tender-status';
import type { OffsetConditions } from '../infrastructure/tender.entity';
import { lockTenderForShare } from '../infrastructure/tender-store';

/** What bid intake needs from a tender: its state, deadline, conditions and seal key. */
export interface TenderForBidding {
  id: string;
  status: TenderStatus;
  submissionDeadline: Date;
  /** What documents are sealed to (format 1). */
  sealPublicKey: Buffer | null;
  /** The data key, wrapped under SEALING_KEY: what bids are sealed with (format 2). */
  sealKeyWrapped: Buffer | null;
  /** The one-line ceiling; null for a tender of several items (see `items`). */
  maxUnitPriceRub: string | null;
  /** What the bid must price: the tender row already read, so intake makes no extra trip. */
  items: SupplyItem[];
  offsetConditions: OffsetConditions;
  bidsOpened: boolean;
}

/**
 * Locks the tender FOR SHARE in the caller's transaction: submissions run side by side,
 * but never interleave with a transaction that closes, amends or cancels the tender
 * (those lock it FOR UPDATE). Drafts do not exist for bidders.
 */
export async function lockTenderForBidding(
  m: EntityManager,
  id: string,
): Promise<TenderForBidding> {
  const t = await lockTenderForShare(m, id);
  if (t.status === 'draft') throw new NotFoundError('Tender');
  return {
    id: t.id,
    status: t.status,
    submissionDeadline: t.submissionDeadline,
    sealPublicKey: t.sealPublicKey,
    sealKeyWrapped: t.sealPrivateKeyWrapped,
    maxUnitPriceRub: t.maxUnitPriceRub,
    items: itemsOfTender(t),
    offsetConditions: t.offsetConditions,
    bidsOpened: t.bidsOpenedAt !== null,
  };
}
