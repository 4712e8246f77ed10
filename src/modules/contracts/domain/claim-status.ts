import Decimal from 'decimal.js';
import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const CLAIM_STATUSES = ['issued', 'paid', 'written_off', 'withdrawn'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** An officer's claim (требование) starts `issued` (CONTRACT.md §5). */
export const CLAIM_INITIAL_STATUS: ClaimStatus = 'issued';

export type ClaimEvent = 'pay' | 'write_off' | 'withdraw';

/** CONTRACT.md §5: an issued claim is paid, written off or withdrawn, once. */
export const CLAIM_TRANSITIONS: TransitionTable<ClaimStatus, ClaimEvent> = {
  pay: { from: ['issued'], to: 'paid' },
  write_off: { from: ['issued'], to: 'written_off' },
  withdraw: { from: ['issued'], to: 'withdrawn' },
};

export function nextClaimStatus(status: ClaimStatus, event: ClaimEvent): ClaimStatus {
  return nextStatus(CLAIM_TRANSITIONS, 'claim', status, event);
}

/** Decree 783's reason, written by the system. */
export const PP783_REASON = 'PP783';

/**
 * Decree 783 (CONTRACT.md §5): a contract completed `fulfilled` has its unpaid claims
 * written off when they total no more than 5 % of its value.
 */
export function writtenOffUnderPp783(unpaidClaimsRub: readonly string[], contractValueRub: string) {
  const unpaid = unpaidClaimsRub.reduce((sum, a) => sum.plus(a), new Decimal(0));
  return unpaid.greaterThan(0) && unpaid.lte(new Decimal(contractValueRub).times('0.05'));
}
