import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import type { ComplaintRow } from '../application/complaint-view';
import {
  COMPLAINT_TRANSITIONS,
  type ComplaintEvent,
  type ComplaintStatus,
} from '../domain/complaint-status';

export interface ComplaintDecision {
  tenderId: string;
  complaintId: string;
  event: ComplaintEvent;
  decidedBy: string;
  reason: string;
  at: Date;
  audit: AuditEntry;
}

/**
 * The one writer of `complaints.status`: the review body's decision, once (else 409
 * INVALID_STATE), with its audit event. Returns the decided complaint.
 */
export async function decideComplaint(
  m: EntityManager,
  decision: ComplaintDecision,
): Promise<ComplaintRow> {
  const { from, to } = COMPLAINT_TRANSITIONS[decision.event];
  const [[row]] = await m.query<[(ComplaintRow | undefined)[], number]>(
    `UPDATE complaints SET status = $3, decided_by = $4, decided_at = $6, decision_reason = $5
     WHERE id = $1 AND tender_id = $2 AND status = ANY($7::text[]) RETURNING *`,
    [
      decision.complaintId,
      decision.tenderId,
      to,
      decision.decidedBy,
      decision.reason,
      decision.at,
      from,
    ],
  );
  if (!row) {
    const [current] = await m.query<{ status: ComplaintStatus }[]>(
      'SELECT status FROM complaints WHERE id = $1 AND tender_id = $2',
      [decision.complaintId, decision.tenderId],
    );
    if (!current) throw new NotFoundError('Complaint');
    throw new InvalidStateError('The complaint is already decided', 'decided');
  }
  await appendAuditEvent(m, decision.audit);
  return row;
}
