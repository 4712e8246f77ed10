import type { EntityManager } from 'typeorm';
import { changeBidStatus } from '../../bids';
import { changeContractStatus } from '../infrastructure/contract-status.writer';
import { openContract } from './open-contract';
import { lostBidIds } from '../../bids';
import { rankedBidsOfFinalProtocol } from '../../evaluation';
import { contractParties } from '../infrastructure/contract-rows';
import { recordEvasion } from '../infrastructure/contract-records';

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
  const contract = await contractParties(m, contractId);
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
  await recordEvasion(m, {
    organizationId: contract.organization_id,
    contractId,
    tenderId: contract.tender_id,
    at,
  });
  // The protocol's ranking and the bids' statuses are two owners' reads (one more round trip).
  const ranked = await rankedBidsOfFinalProtocol(m, contract.tender_id);
  const lost = await lostBidIds(m, ranked);
  const next = ranked.find((bidId) => lost.has(bidId));
  if (!next) return false;
  await changeBidStatus(m, { bidId: next, event: 'hand_over', at, audit: null });
  await openContract(m, contract.tender_id, next, at, nextSigningDeadline);
  return true;
}
