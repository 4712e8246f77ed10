import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { openContract } from './open-contract';

/**
 * The winner missed the signing deadline (DOMAIN.md §4): its contract and bid are refused,
 * the organization is recorded as evading, and the next-ranked admitted bid of the final
 * protocol gets a new contract with its own deadline. Returns false when no bid is left.
 */
export async function refuseContract(
  m: EntityManager,
  contractId: string,
  at: Date,
  nextSigningDeadline: Date,
): Promise<boolean> {
  const [[contract]] = await m.query<
    [{ tender_id: string; bid_id: string; organization_id: string }[], number]
  >(
    `UPDATE contracts SET status = 'refused' WHERE id = $1 AND status = 'pending_signature'
     RETURNING tender_id, bid_id, organization_id`,
    [contractId],
  );
  await m.query(`UPDATE bids SET status = 'refused', updated_at = $2 WHERE id = $1`, [
    contract.bid_id,
    at,
  ]);
  await m.query(
    'INSERT INTO evasions (organization_id, contract_id, tender_id, recorded_at) VALUES ($1, $2, $3, $4)',
    [contract.organization_id, contractId, contract.tender_id, at],
  );
  await appendAuditEvent(m, {
    at,
    actor: null,
    action: 'contract.refused',
    entityType: 'contract',
    entityId: contractId,
    data: { tenderId: contract.tender_id, organizationId: contract.organization_id, evading: true },
  });
  const [next] = await m.query<{ bid_id: string }[]>(
    `SELECT x."bidId" AS bid_id FROM evaluation_protocols p
     CROSS JOIN LATERAL jsonb_to_recordset(p.protocol->'bids') AS x("bidId" uuid, rank int)
     JOIN bids b ON b.id = x."bidId"
     WHERE p.tender_id = $1 AND p.status = 'final' AND x.rank IS NOT NULL AND b.status = 'lost'
     ORDER BY x.rank LIMIT 1`,
    [contract.tender_id],
  );
  if (!next) return false;
  await openContract(m, contract.tender_id, next.bid_id, at, nextSigningDeadline);
  return true;
}
