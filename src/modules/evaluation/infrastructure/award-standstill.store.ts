import type { EntityManager } from 'typeorm';

/** A dismissed complaint ends the pending award's stand-still no earlier than `at`. */
export async function extendStandstillTo(
  m: EntityManager,
  tenderId: string,
  at: Date,
): Promise<void> {
  await m.query(
    `UPDATE awards SET standstill_ends_at = GREATEST(standstill_ends_at, $2)
     WHERE tender_id = $1 AND status = 'pending'`,
    [tenderId, at],
  );
}
