import type { EntityManager } from 'typeorm';

/** When the chronograph looks at the tender next (null: nothing is due on time). */
export async function setTenderNextCheck(
  m: EntityManager,
  tenderId: string,
  at: Date | null,
): Promise<void> {
  await m.query('UPDATE tenders SET next_check_at = $2 WHERE id = $1', [tenderId, at]);
}
