import type { EntityManager } from 'typeorm';
import type { BidContent } from '../domain/bid-content';

/** The content of a bid as opened. */
export async function openedBidContent(m: EntityManager, bidId: string): Promise<BidContent> {
  const [{ content }] = await m.query<{ content: BidContent }[]>(
    'SELECT opened_content AS content FROM bids WHERE id = $1',
    [bidId],
  );
  return content;
}

/**
 * The content as version-1 contracts read it: the one-line unit price. A bid on several
 * items carries `prices` instead, which a contract reads through `pricedItems`
 * (CONTRACT.md §2); this type is the version-1 reader's, kept until it moves.
 */
export type OneLineBidContent = BidContent & { unitPriceRub: string };

/** The bidder and opened content of a bid about to get a contract. */
export async function bidForContract(
  m: EntityManager,
  bidId: string,
): Promise<{ organization_id: string; content: OneLineBidContent }> {
  const [row] = await m.query<{ organization_id: string; content: OneLineBidContent }[]>(
    'SELECT b.organization_id, b.opened_content AS content FROM bids b WHERE b.id = $1',
    [bidId],
  );
  return row;
}

/** Whether the organization has a bid on the tender that was opened. */
export async function hasOpenedBid(
  m: EntityManager,
  tenderId: string,
  organizationId: string | null,
): Promise<boolean> {
  const [bidder] = await m.query<unknown[]>(
    'SELECT 1 FROM bids WHERE tender_id = $1 AND organization_id = $2 AND opened_content IS NOT NULL',
    [tenderId, organizationId],
  );
  return bidder !== undefined;
}

/** Which of the given bids lost (and may still be handed a contract). */
export async function lostBidIds(m: EntityManager, bidIds: string[]): Promise<Set<string>> {
  if (bidIds.length === 0) return new Set();
  const rows = await m.query<{ id: string }[]>(
    `SELECT id FROM bids WHERE id = ANY($1::uuid[]) AND status = 'lost'`,
    [bidIds],
  );
  return new Set(rows.map((r) => r.id));
}
