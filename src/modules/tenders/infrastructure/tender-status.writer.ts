import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateStatus } from '../../../common/status/status-update';
import { appendAuditEvent, appendAuditEvents } from '../../audit';
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

/**
 * Many tenders moved by one event in one statement and one audit insert (the chronograph
 * opens every tender of a batch at once). If one may not move it throws as
 * changeTenderStatus would, and the caller's transaction rolls back.
 */
export async function changeTenderStatuses(
  m: EntityManager,
  event: TenderEvent,
  at: Date,
  changes: readonly { tenderId: string; audit: AuditEntry }[],
): Promise<void> {
  if (changes.length === 0) return;
  const { from, to } = TENDER_TRANSITIONS[event];
  // TypeORM answers an UPDATE with [returned rows, affected count].
  const [moved] = await m.query<[{ id: string }[], number]>(
    `UPDATE tenders SET status = $2, updated_at = $3
     WHERE id = ANY($4::uuid[]) AND status = ANY($1::text[]) RETURNING id`,
    [from, to, at, changes.map((c) => c.tenderId)],
  );
  if (moved.length < changes.length) {
    const ids = new Set(moved.map((r) => r.id));
    const stuck = changes.find((c) => !ids.has(c.tenderId)) as (typeof changes)[number];
    // The single writer's statement moves nothing either and throws its 404 or 409.
    await changeTenderStatus(m, { tenderId: stuck.tenderId, event, at, audit: null });
  }
  await appendAuditEvents(
    m,
    changes.map((c) => c.audit),
  );
}
