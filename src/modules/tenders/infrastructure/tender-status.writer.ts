import { In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import {
  nextTenderStatus,
  TENDER_TRANSITIONS,
  type TenderEvent,
  type TenderStatus,
} from '../domain/tender-status';
import { TenderEntity } from './tender.entity';

export interface TenderStatusChange {
  tenderId: string;
  event: TenderEvent;
  at: Date;
  /** Other columns the same step writes, in the same statement. */
  set?: QueryDeepPartialEntity<TenderEntity>;
  /** The event recording the change; null where the step's own event is on another aggregate. */
  audit: AuditEntry | null;
}

/**
 * The one writer of `tenders.status`, in the caller's transaction: the status moves only
 * as TENDER_TRANSITIONS allows (else 409 INVALID_STATE), with the audit event beside it.
 */
export async function changeTenderStatus(
  m: EntityManager,
  change: TenderStatusChange,
): Promise<TenderStatus> {
  const { from, to } = TENDER_TRANSITIONS[change.event];
  const result = await m.update(
    TenderEntity,
    { id: change.tenderId, status: In([...from]) },
    { ...change.set, status: to, updatedAt: change.at },
  );
  if (!result.affected) {
    const tender = await m.findOne(TenderEntity, {
      where: { id: change.tenderId },
      select: { id: true, status: true },
    });
    if (!tender) throw new NotFoundError('Tender');
    nextTenderStatus(tender.status, change.event);
    throw new InvalidStateError(`The tender is ${tender.status}`, tender.status);
  }
  if (change.audit) await appendAuditEvent(m, change.audit);
  return to;
}
