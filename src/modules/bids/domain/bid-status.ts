import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const BID_STATUSES = [
  'submitted',
  'withdrawn',
  'invalidated',
  'admitted',
  'rejected',
  'awarded',
  'refused',
  'contracted',
  'lost',
] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

/** A bid is born `submitted` (API.md); every later status comes from BID_TRANSITIONS. */
export const BID_INITIAL_STATUS: BidStatus = 'submitted';

/** Before opening, the investor may still replace or withdraw these. */
export const LIVE_BEFORE_OPENING: readonly BidStatus[] = ['submitted', 'invalidated'];

export type BidEvent =
  | 'replace'
  | 'confirm'
  | 'withdraw'
  | 'invalidate'
  | 'admit_at_opening'
  | 'reject_at_opening'
  | 'reject_manually'
  | 'readmit'
  | 'award'
  | 'lose'
  | 'reopen_evaluation'
  | 'refuse'
  | 'hand_over'
  | 'contract';

/**
 * API.md's bid statuses as a table. Before opening the investor replaces, confirms or
 * withdraws; an amendment invalidates; the opening admits or rejects (an officer may
 * reverse that with a reason); the award picks one and the others lose; an upheld
 * complaint reopens them; a winner that does not sign is refused and the next-ranked
 * lost bid is handed the contract; the countersignature contracts it.
 */
export const BID_TRANSITIONS: TransitionTable<BidStatus, BidEvent> = {
  replace: { from: LIVE_BEFORE_OPENING, to: 'submitted' },
  confirm: { from: ['invalidated'], to: 'submitted' },
  withdraw: { from: LIVE_BEFORE_OPENING, to: 'withdrawn' },
  invalidate: { from: ['submitted'], to: 'invalidated' },
  admit_at_opening: { from: ['submitted'], to: 'admitted' },
  reject_at_opening: { from: ['submitted'], to: 'rejected' },
  // An officer's decision may be repeated: each written reason stays in the record.
  reject_manually: { from: ['admitted', 'rejected'], to: 'rejected' },
  readmit: { from: ['rejected', 'admitted'], to: 'admitted' },
  award: { from: ['admitted'], to: 'awarded' },
  lose: { from: ['admitted'], to: 'lost' },
  reopen_evaluation: { from: ['awarded', 'lost'], to: 'admitted' },
  refuse: { from: ['awarded'], to: 'refused' },
  hand_over: { from: ['lost'], to: 'awarded' },
  contract: { from: ['awarded'], to: 'contracted' },
};

export function nextBidStatus(status: BidStatus, event: BidEvent): BidStatus {
  return nextStatus(BID_TRANSITIONS, 'bid', status, event);
}
