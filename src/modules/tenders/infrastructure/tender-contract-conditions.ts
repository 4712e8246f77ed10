import type { EntityManager } from 'typeorm';
import { DECREE_1042_LADDERS, type PenaltyLadders } from '../domain/penalty-ladders';

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

/**
 * The Decree 1042 ladders snapshot on the tender at publication (CONTRACT.md §5); a tender
 * published before the ladders joined the rules is held to the decree as it stands.
 */
export async function tenderPenaltyLadders(
  m: EntityManager,
  tenderId: string,
): Promise<PenaltyLadders> {
  const [row] = await m.query<{ ladders: PenaltyLadders | null }[]>(
    `SELECT t.rules->'penaltyLadders' AS ladders FROM tenders t WHERE t.id = $1`,
    [tenderId],
  );
  return row?.ladders ?? DECREE_1042_LADDERS;
}
