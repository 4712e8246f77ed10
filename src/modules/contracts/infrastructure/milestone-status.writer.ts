import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import {
  MILESTONE_TRANSITIONS,
  nextMilestoneStatus,
  type MilestoneEvent,
  type MilestoneStatus,
} from '../domain/milestone-status';

export interface MilestoneStatusChange {
  milestoneId: string;
  event: MilestoneEvent;
  /** When the milestone counts as met (the accepted report's time); cleared otherwise. */
  metAt?: Date | null;
  audit: AuditEntry;
}

/**
 * The one writer of `contract_milestones.status`, in the caller's transaction: a milestone
 * moves only as MILESTONE_TRANSITIONS allows (else 409 INVALID_STATE), with its event.
 */
export async function changeMilestoneStatus(
  m: EntityManager,
  change: MilestoneStatusChange,
): Promise<MilestoneStatus> {
  const { from, to } = MILESTONE_TRANSITIONS[change.event];
  const keepsMetAt = change.metAt === undefined;
  const [, affected] = await m.query<[unknown[], number]>(
    `UPDATE contract_milestones SET status = $3, met_at = CASE WHEN $4 THEN met_at ELSE $5 END
     WHERE id = $1 AND status = ANY($2::text[])`,
    [change.milestoneId, from, to, keepsMetAt, change.metAt ?? null],
  );
  if (!affected) {
    const [row] = await m.query<{ status: MilestoneStatus }[]>(
      'SELECT status FROM contract_milestones WHERE id = $1',
      [change.milestoneId],
    );
    if (!row) throw new NotFoundError('Milestone');
    nextMilestoneStatus(row.status, change.event);
    throw new InvalidStateError(`The milestone is ${row.status}`, row.status);
  }
  await appendAuditEvent(m, change.audit);
  return to;
}
