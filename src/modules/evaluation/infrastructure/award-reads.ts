import type { EntityManager } from 'typeorm';

/** When the pending award's stand-still ends; null if no award is pending. */
export async function pendingAwardStandstillEndsAt(
  m: EntityManager,
  tenderId: string,
): Promise<Date | null> {
  const [row] = await m.query<{ standstill_ends_at: Date | null }[]>(
    `SELECT (SELECT a.standstill_ends_at FROM awards a WHERE a.tender_id = $1 AND a.status = 'pending')
       AS standstill_ends_at`,
    [tenderId],
  );
  return row.standstill_ends_at;
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
