import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit';
import { notify } from '../../notifications';
import { CONTRACT_INITIAL_STATUS } from '../domain/contract-status';
import { contractValue } from '../domain/contract-terms';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { bidForContract } from '../../bids';
import { tenderContractTerms } from '../../tenders';
import { insertContract } from '../infrastructure/contract-rows';

/**
 * A contract `pending_signature` for an awarded bid (the award's winner, or the next-ranked
 * bid handed over by refuseContract), with the winner's signing deadline
 * (DOMAIN.md §4, §7). Runs in the caller's transaction; notifies the winner's users.
 */
export async function openContract(
  m: EntityManager,
  tenderId: string,
  bidId: string,
  at: Date,
  signingDeadline: Date,
): Promise<string> {
  // The bid and the tender are two owners' reads: one more round trip than the former join.
  const bid = await bidForContract(m, bidId);
  const terms = await tenderContractTerms(m, tenderId);
  const id = randomUUID();
  await insertContract(m, {
    id,
    tenderId,
    bidId,
    organizationId: bid.organization_id,
    status: CONTRACT_INITIAL_STATUS,
    unitPriceRub: bid.content.unitPriceRub,
    quantity: terms.quantity,
    valueRub: contractValue(bid.content.unitPriceRub, terms.quantity),
    investmentCommittedRub: bid.content.investmentRub,
    buildMonths: bid.content.buildMonths,
    contractYears: terms.contract_years,
    signingDeadline,
    createdAt: at,
  });
  await appendAuditEvent(m, {
    at,
    actor: null,
    action: 'contract.opened',
    entityType: 'contract',
    entityId: id,
    data: { tenderId, bidId, signingDeadline: signingDeadline.toISOString() },
  });
  const users = await activeUserIdsOfOrganizations(m, [bid.organization_id]);
  await notify(m, users, {
    kind: 'contract_to_sign',
    subjectType: 'contract',
    subjectId: id,
    message: `Your contract awaits your signature until ${signingDeadline.toISOString()}`,
    at,
  });
  return id;
}
