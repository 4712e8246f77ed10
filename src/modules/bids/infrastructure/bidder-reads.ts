import type { EntityManager } from 'typeorm';

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
}

/** A tender's opened bids with their unit price, in submission order. */
export function openedBidsOfTender(
  m: EntityManager,
  tenderId: string,
): Promise<OpenedBidOfTender[]> {
  return m.query<OpenedBidOfTender[]>(
    `SELECT id, status, submitted_at AS "submittedAt",
            opened_content->>'unitPriceRub' AS "unitPriceRub"
     FROM bids WHERE tender_id = $1 AND opened_content IS NOT NULL
     ORDER BY submitted_at, id`,
    [tenderId],
  );
}
