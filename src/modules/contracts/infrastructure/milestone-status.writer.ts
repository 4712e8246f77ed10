import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvents } from '../../audit';
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
  return changeMilestoneStatuses(m, change.event, [change]);
}

/**
 * Many milestones moved by one event in one statement and one audit insert (the
 * chronograph marks every milestone of a batch of contracts overdue at once). If one may
 * not move it throws as changeMilestoneStatus would, and the caller's transaction rolls back.
 */
export async function changeMilestoneStatuses(
  m: EntityManager,
  event: MilestoneEvent,
  changes: readonly Omit<MilestoneStatusChange, 'event'>[],
): Promise<MilestoneStatus> {
  const { from, to } = MILESTONE_TRANSITIONS[event];
  if (changes.length === 0) return to;
  // TypeORM answers an UPDATE with [returned rows, affected count].
  const [moved] = await m.query<[{ id: string }[], number]>(
    `UPDATE contract_milestones cm SET status = $2,
       met_at = CASE WHEN x.keeps THEN cm.met_at ELSE x.met_at END
     FROM unnest($3::uuid[], $4::bool[], $5::timestamptz[]) AS x(id, keeps, met_at)
     WHERE cm.id = x.id AND cm.status = ANY($1::text[])
     RETURNING cm.id`,
    [
      from,
      to,
      changes.map((c) => c.milestoneId),
      changes.map((c) => c.metAt === undefined),
      changes.map((c) => c.metAt ?? null),
    ],
  );
  if (moved.length < changes.length) {
    const ids = new Set(moved.map((r) => r.id));
    await refuse(m, changes.find((c) => !ids.has(c.milestoneId))?.milestoneId as string, event);
  }
  await appendAuditEvents(
    m,
    changes.map((c) => c.audit),
  );
  return to;
}

/** Throws the reason a milestone may not move (the statement above has already run). */
async function refuse(m: EntityManager, milestoneId: string, event: MilestoneEvent) {
  const [row] = await m.query<{ status: MilestoneStatus }[]>(
    'SELECT status FROM contract_milestones WHERE id = $1',
    [milestoneId],
  );
  if (!row) throw new NotFoundError('Milestone');
  nextMilestoneStatus(row.status, event);
  throw new InvalidStateError(`The milestone is ${row.status}`, row.status);
}
