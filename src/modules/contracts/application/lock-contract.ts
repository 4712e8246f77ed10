import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { CONTRACT_SELECT, ContractRow } from './contract-view';

/**
 * Locks a contract for a signature, its tender first, as the chronograph locks them: a
 * signature and the signing-deadline transition serialize on the tender, so exactly one
 * of them wins at the deadline, and the two never deadlock.
 */
export async function lockContract(m: EntityManager, contractId: string): Promise<ContractRow> {
  const [found] = await m.query<{ tender_id: string }[]>(
    'SELECT tender_id FROM contracts WHERE id = $1',
    [contractId],
  );
  if (!found) throw new NotFoundError('Contract');
  const [tender] = await m.query<{ status: string }[]>(
    'SELECT status FROM tenders WHERE id = $1 FOR UPDATE',
    [found.tender_id],
  );
  // A tender cancelled (or closed) meanwhile takes no more signatures.
  if (tender.status !== 'contracting')
    throw new InvalidStateError('The tender is not contracting', tender.status);
  const [row] = await m.query<ContractRow[]>(`${CONTRACT_SELECT} WHERE k.id = $1 FOR UPDATE OF k`, [
    contractId,
  ]);
  return row;
}
