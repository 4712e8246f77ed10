import type { EntityManager } from 'typeorm';
import { changeBidStatus } from '../../bids';
import { changeContractStatus } from '../infrastructure/contract-status.writer';
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
  const [contract] = await m.query<
    { tender_id: string; bid_id: string; organization_id: string }[]
  >('SELECT tender_id, bid_id, organization_id FROM contracts WHERE id = $1', [contractId]);
  await changeContractStatus(m, {
    contractId,
    event: 'miss_signing_deadline',
    audit: {
      at,
      actor: null,
      action: 'contract.refused',
      entityType: 'contract',
      entityId: contractId,
      data: {
        tenderId: contract.tender_id,
        organizationId: contract.organization_id,
        evading: true,
      },
    },
  });
  // The contract's `contract.refused` event records its bid's refusal and the hand-over.
  await changeBidStatus(m, { bidId: contract.bid_id, event: 'refuse', at, audit: null });
  await m.query(
    'INSERT INTO evasions (organization_id, contract_id, tender_id, recorded_at) VALUES ($1, $2, $3, $4)',
    [contract.organization_id, contractId, contract.tender_id, at],
  );
  const [next] = await m.query<{ bid_id: string }[]>(
    `SELECT x."bidId" AS bid_id FROM evaluation_protocols p
     CROSS JOIN LATERAL jsonb_to_recordset(p.protocol->'bids') AS x("bidId" uuid, rank int)
     JOIN bids b ON b.id = x."bidId"
     WHERE p.tender_id = $1 AND p.status = 'final' AND x.rank IS NOT NULL AND b.status = 'lost'
     ORDER BY x.rank LIMIT 1`,
    [contract.tender_id],
  );
  if (!next) return false;
  await changeBidStatus(m, { bidId: next.bid_id, event: 'hand_over', at, audit: null });
  await openContract(m, contract.tender_id, next.bid_id, at, nextSigningDeadline);
  return true;
}
