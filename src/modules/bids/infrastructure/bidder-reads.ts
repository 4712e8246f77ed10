import type { EntityManager } from 'typeorm';
import type { ItemPrice } from '../domain/bid-content';

/** Organizations with a submitted (or since invalidated) bid in the tender. */
export async function bidderOrganizationIds(m: EntityManager, tenderId: string): Promise<string[]> {
  const rows = await m.query<{ organization_id: string }[]>(
    `SELECT DISTINCT organization_id FROM bids
     WHERE tender_id = $1 AND status IN ('submitted', 'invalidated')`,
    [tenderId],
  );
  return rows.map((r) => r.organization_id);
}

export interface OpenedBidOfTender {
  id: string;
  status: string;
  submittedAt: Date;
  unitPriceRub: string | null;
  /** The prices per item of a bid on several items (CONTRACT.md §1), else null. */
  prices: ItemPrice[] | null;
}

/** A tender's opened bids with their prices, in submission order. */
export function openedBidsOfTender(
  m: EntityManager,
  tenderId: string,
): Promise<OpenedBidOfTender[]> {
  return m.query<OpenedBidOfTender[]>(
    `SELECT id, status, submitted_at AS "submittedAt",
            opened_content->>'unitPriceRub' AS "unitPriceRub",
            opened_content->'prices' AS prices
     FROM bids WHERE tender_id = $1 AND opened_content IS NOT NULL
     ORDER BY submitted_at, id`,
    [tenderId],
  );
}
