import type { EntityManager } from 'typeorm';
import type { MilestoneStatus } from '../domain/milestone-status';
import type { AuthUser } from '../../../common/auth/role';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { contractOwnership } from '../infrastructure/contract-rows';
import { milestoneOfContract } from '../infrastructure/milestone-rows';

export interface MilestoneUnderChange {
  contractId: string;
  organizationId: string;
  milestoneId: string;
  status: MilestoneStatus;
  dueDate: Date;
}

/**
 * Locks an active contract's row (as the chronograph does before marking a milestone
 * overdue) and reads one of its milestones. An investor who does not own the contract
 * gets 404, as if it did not exist.
 */
export async function lockMilestone(
  m: EntityManager,
  caller: AuthUser,
  contractId: string,
  milestoneId: string,
): Promise<MilestoneUnderChange> {
  const contract = await contractOwnership(m, contractId, 'update');
  if (
    !contract ||
    (caller.role === 'investor' && contract.organization_id !== caller.organizationId)
  ) {
    throw new NotFoundError('Contract');
  }
  if (contract.status !== 'active')
    throw new InvalidStateError('The contract is not active', contract.status);
  const milestone = await milestoneOfContract(m, milestoneId, contractId);
  if (!milestone) throw new NotFoundError('Milestone');
  return {
    contractId,
    organizationId: contract.organization_id,
    milestoneId,
    status: milestone.status,
    dueDate: milestone.due_date,
  };
}
