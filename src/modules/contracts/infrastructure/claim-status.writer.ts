import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent, type AuditEntry } from '../../audit';
import { CLAIM_TRANSITIONS, nextClaimStatus, type ClaimEvent } from '../domain/claim-status';
import type { ClaimRow } from './claim-rows';

export interface ClaimSettlement {
  contractId: string;
  claimId: string;
  event: ClaimEvent;
  /** Null: the system (Decree 783 at completion). */
  settledBy: string | null;
  at: Date;
  reason?: string;
  payment?: { paidAt: Date; amountRub: string };
  audit: AuditEntry;
}

/**
 * The one writer of `contract_claims.status`: an issued claim is paid, written off or
 * withdrawn once (else 409 INVALID_STATE), with its audit event. Returns the claim.
 */
export async function settleClaim(m: EntityManager, s: ClaimSettlement): Promise<ClaimRow> {
  const { from, to } = CLAIM_TRANSITIONS[s.event];
  const [[row]] = await m.query<[(ClaimRow | undefined)[], number]>(
    `UPDATE contract_claims SET status = $3, settled_by = $4, settled_at = $5,
       reason = $6, paid_at = $7, paid_rub = $8
     WHERE id = $1 AND contract_id = $2 AND status = ANY($9::text[]) RETURNING *`,
    [
      s.claimId,
      s.contractId,
      to,
      s.settledBy,
      s.at,
      s.reason ?? null,
      s.payment?.paidAt ?? null,
      s.payment?.amountRub ?? null,
      from,
    ],
  );
  if (!row) {
    const [current] = await m.query<Pick<ClaimRow, 'status'>[]>(
      'SELECT status FROM contract_claims WHERE id = $1 AND contract_id = $2',
      [s.claimId, s.contractId],
    );
    if (!current) throw new NotFoundError('Claim');
    nextClaimStatus(current.status, s.event);
    throw new InvalidStateError(`The claim is ${current.status}`, current.status);
  }
  await appendAuditEvent(m, s.audit);
  return row;
}
