import type { DataSource, EntityManager } from 'typeorm';
import type { BidContent } from '../domain/bid-content';
import type { Finding } from '../domain/offset-findings';

/** An opened bid under an admission decision, FOR UPDATE; undefined if not opened. */
export async function decidedBidForUpdate(
  m: EntityManager,
  tenderId: string,
  bidId: string,
): Promise<{ status: string; rejection_reasons: Finding[] } | undefined> {
  const [bid] = await m.query<{ status: string; rejection_reasons: Finding[] }[]>(
    `SELECT status, rejection_reasons FROM bids
     WHERE id = $1 AND tender_id = $2 AND status IN ('admitted', 'rejected') FOR UPDATE`,
    [bidId, tenderId],
  );
  return bid;
}

export async function countAdmittedBids(m: EntityManager, tenderId: string): Promise<number> {
  const [{ n }] = await m.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM bids WHERE tender_id = $1 AND status = 'admitted'`,
    [tenderId],
  );
  return n;
}

export async function bidStatusIn(
  m: EntityManager,
  tenderId: string,
  bidId: string,
): Promise<string | undefined> {
  const [bid] = await m.query<{ status: string }[]>(
    'SELECT status FROM bids WHERE id = $1 AND tender_id = $2',
    [bidId, tenderId],
  );
  return bid?.status;
}

/** Whether the organization has an opened bid in the tender: it is a bidder there. */
export async function isOpenedBidder(
  db: DataSource,
  tenderId: string,
  organizationId: string | null,
): Promise<boolean> {
  const [bidder] = await db.query<unknown[]>(
    'SELECT 1 FROM bids WHERE tender_id = $1 AND organization_id = $2 AND opened_content IS NOT NULL',
    [tenderId, organizationId],
  );
  return bidder !== undefined;
}

/** What the protocol reads of an opened bid's content: its prices and scored values. */
export type OpenedBidValues = Pick<
  BidContent,
  'unitPriceRub' | 'prices' | 'investmentRub' | 'buildMonths' | 'localizationPct'
>;

export interface OpenedBidRow {
  id: string;
  status: string;
  submitted_at: Date;
  opened_values: OpenedBidValues;
  rejection_reasons: Finding[];
  organization_id: string;
}

/**
 * Every opened bid of the tender with what the protocol reads of it. Only those fields of
 * the content travel: at 10,000 bids the whole contents (plant, milestones) were ~15 MB
 * of JSON to send and parse for a protocol that reads five fields.
 */
export function openedBidsOf(m: EntityManager, tenderId: string): Promise<OpenedBidRow[]> {
  return m.query<OpenedBidRow[]>(
    `SELECT b.id, b.status, b.submitted_at, b.rejection_reasons, b.organization_id,
       jsonb_build_object(
         'unitPriceRub', b.opened_content->'unitPriceRub', 'prices', b.opened_content->'prices',
         'investmentRub', b.opened_content->'investmentRub',
         'buildMonths', b.opened_content->'buildMonths',
         'localizationPct', b.opened_content->'localizationPct') AS opened_values
     FROM bids b
     WHERE b.tender_id = $1 AND b.opened_content IS NOT NULL ORDER BY b.submitted_at, b.id`,
    [tenderId],
  );
}
