import type { EntityManager } from 'typeorm';
import type { ClaimStatus } from '../domain/claim-status';
import type { PenaltyItem } from '../domain/penalty-calculator';

export interface ClaimRow {
  id: string;
  contract_id: string;
  issued_by: string;
  issued_at: Date;
  as_of: Date;
  key_rate_pct: string;
  amount_rub: string;
  items: PenaltyItem[];
  status: ClaimStatus;
  paid_at: Date | null;
  paid_rub: string | null;
  reason: string | null;
  settled_by: string | null;
  settled_at: Date | null;
}

export type NewClaim = Pick<
  ClaimRow,
  'id' | 'contract_id' | 'issued_by' | 'issued_at' | 'as_of' | 'key_rate_pct' | 'amount_rub'
> & { items: PenaltyItem[]; status: ClaimStatus };

export async function insertClaim(m: EntityManager, c: NewClaim): Promise<ClaimRow> {
  const [row] = await m.query<ClaimRow[]>(
    `INSERT INTO contract_claims (id, contract_id, issued_by, issued_at, as_of, key_rate_pct,
       amount_rub, items, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [
      c.id,
      c.contract_id,
      c.issued_by,
      c.issued_at,
      c.as_of,
      c.key_rate_pct,
      c.amount_rub,
      JSON.stringify(c.items),
      c.status,
    ],
  );
  return row;
}

/** The contract's claims, oldest first. */
export function claimsOfContract(m: EntityManager, contractId: string): Promise<ClaimRow[]> {
  return m.query<ClaimRow[]>(
    'SELECT * FROM contract_claims WHERE contract_id = $1 ORDER BY issued_at, id',
    [contractId],
  );
}

export async function claimOfContract(
  m: EntityManager,
  contractId: string,
  claimId: string,
): Promise<ClaimRow | undefined> {
  const [row] = await m.query<ClaimRow[]>(
    'SELECT * FROM contract_claims WHERE id = $1 AND contract_id = $2',
    [claimId, contractId],
  );
  return row;
}
