import type { EntityManager } from 'typeorm';
import { AWARD_TRANSITIONS, type AwardEvent } from '../domain/award-status';

/**
 * The one writer of `awards.status`: the tender's pending award stands at the end of the
 * stand-still, or an upheld complaint cancels it (DOMAIN.md §7). The tender's event in the
 * same transaction records it. Returns the awarded bid, or null if no award was pending.
 */
export async function changePendingAwardStatus(
  m: EntityManager,
  tenderId: string,
  event: AwardEvent,
): Promise<string | null> {
  const { from, to } = AWARD_TRANSITIONS[event];
  const [rows] = await m.query<[{ bid_id: string }[], number]>(
    `UPDATE awards SET status = $3 WHERE tender_id = $1 AND status = ANY($2::text[])
     RETURNING bid_id`,
    [tenderId, from, to],
  );
  return rows[0]?.bid_id ?? null;
}
