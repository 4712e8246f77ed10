import type { EntityManager } from 'typeorm';

/** When each tender's pending award's stand-still ends; tenders with none are absent. */
export async function pendingAwardStandstillEndsAt(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, Date | null>> {
  const rows = await m.query<{ tender_id: string; standstill_ends_at: Date | null }[]>(
    `SELECT tender_id, standstill_ends_at FROM awards
     WHERE tender_id = ANY($1::uuid[]) AND status = 'pending'`,
    [tenderIds],
  );
  return new Map(rows.map((r) => [r.tender_id, r.standstill_ends_at]));
}

export interface AwardOfTender {
  id: string;
  status: string;
  awardedAt: Date;
  bidId: string;
}

/** Every award of a tender, in the order they were made. */
export function awardsOfTender(m: EntityManager, tenderId: string): Promise<AwardOfTender[]> {
  return m.query<AwardOfTender[]>(
    `SELECT id, status, awarded_at AS "awardedAt", bid_id AS "bidId" FROM awards
     WHERE tender_id = $1 ORDER BY awarded_at, id`,
    [tenderId],
  );
}
