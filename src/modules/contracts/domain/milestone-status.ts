import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const MILESTONE_STATUSES = ['pending', 'reported', 'met', 'overdue', 'met_late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Each milestone of the winning plan starts `pending` at countersigning (DOMAIN.md §8). */
export const MILESTONE_INITIAL_STATUS: MilestoneStatus = 'pending';

export type MilestoneEvent =
  | 'report'
  | 'accept_on_time'
  | 'accept_late'
  | 'reject_before_due'
  | 'reject_past_due'
  | 'fall_overdue';

/**
 * DOMAIN.md §8 as a table: a report waits for the auditor; accepted, the milestone is met
 * (late if the report came after the due date); rejected, it is pending again, or overdue
 * when past due; the chronograph marks a pending milestone overdue at its due date.
 */
export const MILESTONE_TRANSITIONS: TransitionTable<MilestoneStatus, MilestoneEvent> = {
  report: { from: ['pending', 'overdue'], to: 'reported' },
  accept_on_time: { from: ['reported'], to: 'met' },
  accept_late: { from: ['reported'], to: 'met_late' },
  reject_before_due: { from: ['reported'], to: 'pending' },
  reject_past_due: { from: ['reported'], to: 'overdue' },
  fall_overdue: { from: ['pending'], to: 'overdue' },
};

export function nextMilestoneStatus(
  status: MilestoneStatus,
  event: MilestoneEvent,
): MilestoneStatus {
  return nextStatus(MILESTONE_TRANSITIONS, 'milestone', status, event);
}

/**
 * DOMAIN.md §8: accepted, the milestone is met if the report came by the due date, else
 * met late; rejected, it waits again, overdue when the review comes past the due date.
 */
export function reviewEvent(
  decision: 'accepted' | 'rejected',
  reportedAt: Date,
  dueDate: Date,
  now: Date,
): MilestoneEvent {
  if (decision === 'accepted') return reportedAt <= dueDate ? 'accept_on_time' : 'accept_late';
  return now > dueDate ? 'reject_past_due' : 'reject_before_due';
}
