import type { EntityManager } from 'typeorm';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { notify } from '../../notifications';
import { PP783_REASON, writtenOffUnderPp783 } from '../domain/claim-status';
import { claimsOfContract } from '../infrastructure/claim-rows';
import { contractById } from '../infrastructure/contract-rows';
import { settle } from './settle-claim.use-case';

/**
 * Decree 783 at completion (CONTRACT.md §5), in the chronograph's transaction: a contract
 * completed `fulfilled` whose unpaid claims total ≤ 5 % of its value has them written off
 * by the system, each with its audit event; above 5 % they stay issued for the courts.
 */
export async function writeOffClaimsUnderPp783(
  m: EntityManager,
  contractId: string,
  at: Date,
): Promise<void> {
  const contract = await contractById(m, contractId);
  if (!contract) return;
  const open = (await claimsOfContract(m, contractId)).filter((c) => c.status === 'issued');
  const amounts = open.map((c) => c.amount_rub);
  if (!writtenOffUnderPp783(amounts, contract.value_rub)) return;
  for (const claim of open) {
    await settle(m, { claim, actor: null, at, event: 'write_off', reason: PP783_REASON });
  }
  await notify(m, await activeUserIdsOfOrganizations(m, [contract.organization_id]), {
    kind: 'claim_written_off',
    subjectType: 'contract',
    subjectId: contractId,
    message: `${open.length} unpaid claim(s) written off under Decree 783: the contract is fulfilled`,
    at,
  });
}
