import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const COMPLAINT_STATUSES = ['pending', 'upheld', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** A complaint is filed `pending` and suspends contracting (DOMAIN.md §7). */
export const COMPLAINT_INITIAL_STATUS: ComplaintStatus = 'pending';

export type ComplaintEvent = 'uphold' | 'dismiss';

/** DOMAIN.md §7: the review body decides once. */
export const COMPLAINT_TRANSITIONS: TransitionTable<ComplaintStatus, ComplaintEvent> = {
  uphold: { from: ['pending'], to: 'upheld' },
  dismiss: { from: ['pending'], to: 'dismissed' },
};

export function nextComplaintStatus(
  status: ComplaintStatus,
  event: ComplaintEvent,
): ComplaintStatus {
  return nextStatus(COMPLAINT_TRANSITIONS, 'complaint', status, event);
}
