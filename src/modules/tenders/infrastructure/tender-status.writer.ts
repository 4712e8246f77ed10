import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateStatus } from '../../../common/status/status-update';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import { TENDER_TRANSITIONS, type TenderEvent, type TenderStatus } from '../domain/tender-status';
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
  const to = await updateStatus(m, {
    target: TenderEntity,
    table: TENDER_TRANSITIONS,
    aggregate: 'Tender',
    id: change.tenderId,
    event: change.event,
    at: change.at,
    set: change.set,
  });
  if (change.audit) await appendAuditEvent(m, change.audit);
  return to;
}
