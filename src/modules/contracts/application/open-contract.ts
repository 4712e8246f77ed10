import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { appendAuditEvent } from '../../audit';
import { notify } from '../../notifications';
import { CONTRACT_INITIAL_STATUS } from '../domain/contract-status';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { bidForContract, bidPrice, pricedItems } from '../../bids';
import { tenderContractTerms, tenderSupplyItems } from '../../tenders';
import { averageUnitPrice } from '../domain/contract-terms';
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
  const supplyItems = await tenderSupplyItems(m, tenderId);
  // CONTRACT.md §2: the tender's items at the winner's unit prices; value = bid price.
  const items = pricedItems(bid.content, supplyItems).map((i) => ({
    code: i.code,
    name: i.name,
    unit: i.unit,
    unitPriceRub: i.unitPriceRub,
    quantityByYear: i.quantityByYear,
    valueRub: i.valueRub,
  }));
  const valueRub = bidPrice(bid.content, supplyItems);
  const quantity = items.reduce((sum, i) => sum + i.quantityByYear.reduce((a, q) => a + q, 0), 0);
  const id = randomUUID();
  await insertContract(m, {
    id,
    tenderId,
    bidId,
    organizationId: bid.organization_id,
    status: CONTRACT_INITIAL_STATUS,
    // Version 1's one-line fields: a one-item contract's own; several items, their average.
    unitPriceRub: items.length === 1 ? items[0].unitPriceRub : averageUnitPrice(valueRub, quantity),
    quantity,
    valueRub,
    investmentCommittedRub: bid.content.investmentRub,
    buildMonths: bid.content.buildMonths,
    contractYears: terms.contract_years,
    signingDeadline,
    createdAt: at,
    items,
    promised: {
      investmentRub: bid.content.investmentRub,
      buildMonths: bid.content.buildMonths,
      localizationPct: bid.content.localizationPct,
    },
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
