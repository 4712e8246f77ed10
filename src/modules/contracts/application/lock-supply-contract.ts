import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { contractById, type ContractRecord } from '../infrastructure/contract-rows';

/**
 * The contract an order is placed, delivered or accepted on, its row locked as the
 * chronograph locks it (so an order never changes under the worker's overdue step). An
 * investor who does not own it gets 404; a contract that is not active takes no supply.
 */
export async function lockActiveSupplyContract(
  m: EntityManager,
  caller: AuthUser,
  contractId: string,
): Promise<ContractRecord> {
  const contract = await readableContract(m, caller, contractId, 'update');
  if (contract.status !== 'active')
    throw new InvalidStateError('The contract is not active', contract.status);
  return contract;
}

/** Officers and auditors read every contract; an investor only its own. */
export function mayRead(caller: AuthUser, contract: { organization_id: string }): boolean {
  return caller.role !== 'investor' || contract.organization_id === caller.organizationId;
}

/** The contract if the caller may read it, else 404 (an investor never learns of others'). */
export async function readableContract(
  m: EntityManager,
  caller: AuthUser,
  contractId: string,
  lock: 'none' | 'update' = 'none',
): Promise<ContractRecord> {
  const contract = await contractById(m, contractId, lock);
  if (!contract || !mayRead(caller, contract)) throw new NotFoundError('Contract');
  return contract;
}
