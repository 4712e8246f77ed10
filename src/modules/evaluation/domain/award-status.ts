import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const AWARD_STATUSES = ['pending', 'active', 'cancelled'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

/** An award is made `pending`: the stand-still runs before it stands (DOMAIN.md §7). */
export const AWARD_INITIAL_STATUS: AwardStatus = 'pending';

export type AwardEvent = 'end_standstill' | 'uphold_complaint';

/** DOMAIN.md §4, §7: the stand-still ends with the award standing, or a complaint cancels it. */
export const AWARD_TRANSITIONS: TransitionTable<AwardStatus, AwardEvent> = {
  end_standstill: { from: ['pending'], to: 'active' },
  uphold_complaint: { from: ['pending'], to: 'cancelled' },
};

export function nextAwardStatus(status: AwardStatus, event: AwardEvent): AwardStatus {
  return nextStatus(AWARD_TRANSITIONS, 'award', status, event);
}
