import type { EntityManager } from 'typeorm';

/** CONTRACT.md §1's default: the contract may take at most 30 % of the plant's output. */
export const DEFAULT_MAX_CONTRACT_SHARE_PCT = 30;

/**
 * The tender's `maxContractSharePct` offset condition: its value, null when the tender
 * sets none, the default when the tender predates the condition.
 */
export async function tenderMaxContractSharePct(
  m: EntityManager,
  tenderId: string,
): Promise<number | null> {
  const [row] = await m.query<{ present: boolean; pct: string | null }[]>(
    `SELECT t.offset_conditions ? 'maxContractSharePct' AS present,
            t.offset_conditions->>'maxContractSharePct' AS pct
     FROM tenders t WHERE t.id = $1`,
    [tenderId],
  );
  if (!row?.present) return DEFAULT_MAX_CONTRACT_SHARE_PCT;
  return row.pct === null ? null : Number(row.pct);
}
