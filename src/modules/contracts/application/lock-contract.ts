import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { tenderStatusForUpdate } from '../../tenders';
import { tenderIdOfContract } from '../infrastructure/contract-rows';
import { contractRowById, ContractRow } from './contract-view';

/**
 * Locks a contract for a signature, its tender first, as the chronograph locks them: a
 * signature and the signing-deadline transition serialize on the tender, so exactly one
 * of them wins at the deadline, and the two never deadlock.
 */
export async function lockContract(m: EntityManager, contractId: string): Promise<ContractRow> {
  const tenderId = await tenderIdOfContract(m, contractId);
  if (!tenderId) throw new NotFoundError('Contract');
  const tender = await tenderStatusForUpdate(m, tenderId);
  // A tender cancelled (or closed) meanwhile takes no more signatures.
  if (tender?.status !== 'contracting')
    throw new InvalidStateError('The tender is not contracting', tender?.status ?? 'missing');
  const row = await contractRowById(m, contractId, 'update');
  if (!row) throw new NotFoundError('Contract');
  return row;
}
