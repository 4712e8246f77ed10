import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import {
  CONTRACT_TRANSITIONS,
  nextContractStatus,
  type ContractEvent,
  type ContractStatus,
} from '../domain/contract-status';

/** The columns a status step may write beside the status, in the same statement. */
export interface ContractStepColumns {
  investor_signed_at?: Date;
  customer_signed_at?: Date;
  signed_at?: Date;
  build_deadline?: Date;
  ends_at?: Date;
  next_check_at?: Date | null;
  termination?: string;
  /** JSON text of the contract's stages (CONTRACT.md §2), known once signedAt is. */
  stages?: string;
  outcome?: 'fulfilled' | 'breached';
}

export interface ContractStatusChange {
  contractId: string;
  event: ContractEvent;
  set?: ContractStepColumns;
  /** The event recording the change; null where the step's own event is on another aggregate. */
  audit: AuditEntry | null;
}

/**
 * The one writer of `contracts.status`, in the caller's transaction: a contract moves only
 * as CONTRACT_TRANSITIONS allows (else 409 INVALID_STATE), with its audit event beside it.
 */
export async function changeContractStatus(
  m: EntityManager,
  change: ContractStatusChange,
): Promise<ContractStatus> {
  const { from, to } = CONTRACT_TRANSITIONS[change.event];
  // Column names come from ContractStepColumns' keys, never from a request.
  const columns = Object.entries(change.set ?? {});
  const [, affected] = await m.query<[unknown[], number]>(
    `UPDATE contracts SET status = $3${columns.map(([c], i) => `, ${c} = $${i + 4}`).join('')}
     WHERE id = $1 AND status = ANY($2::text[])`,
    [change.contractId, from, to, ...columns.map(([, v]) => v as unknown)],
  );
  if (!affected) await refuse(m, change);
  if (change.audit) await appendAuditEvent(m, change.audit);
  return to;
}

/**
 * A tender cancelled with its contract still awaiting signatures: the contract dies with
 * it (DOMAIN.md §3); the tender's `tender.cancelled` event records it.
 */
export async function refusePendingContractOf(m: EntityManager, tenderId: string): Promise<void> {
  const { from, to } = CONTRACT_TRANSITIONS.cancel_tender;
  await m.query(
    `UPDATE contracts SET status = $3, next_check_at = NULL
     WHERE tender_id = $1 AND status = ANY($2::text[])`,
    [tenderId, from, to],
  );
}

async function refuse(m: EntityManager, change: ContractStatusChange): Promise<never> {
  const [row] = await m.query<{ status: ContractStatus }[]>(
    'SELECT status FROM contracts WHERE id = $1',
    [change.contractId],
  );
  if (!row) throw new NotFoundError('Contract');
  nextContractStatus(row.status, change.event);
  throw new InvalidStateError(`The contract is ${row.status}`, row.status);
}
