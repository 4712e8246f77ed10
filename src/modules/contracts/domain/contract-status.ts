import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const CONTRACT_STATUSES = [
  'pending_signature',
  'active',
  'completed',
  'terminated',
  'refused',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A contract is opened `pending_signature` for the awarded bid (DOMAIN.md §4). */
export const CONTRACT_INITIAL_STATUS: ContractStatus = 'pending_signature';

export type ContractEvent =
  'sign' | 'countersign' | 'miss_signing_deadline' | 'cancel_tender' | 'terminate' | 'complete';

/**
 * API.md's contract statuses as a table (DOMAIN.md §4, §7, §8). The winner's signature
 * keeps it pending until the officer countersigns; a missed signing deadline or a
 * cancelled tender refuses it; an active contract is terminated or runs to completion.
 */
export const CONTRACT_TRANSITIONS: TransitionTable<ContractStatus, ContractEvent> = {
  sign: { from: ['pending_signature'], to: 'pending_signature' },
  countersign: { from: ['pending_signature'], to: 'active' },
  miss_signing_deadline: { from: ['pending_signature'], to: 'refused' },
  cancel_tender: { from: ['pending_signature'], to: 'refused' },
  terminate: { from: ['active'], to: 'terminated' },
  complete: { from: ['active'], to: 'completed' },
};

export function nextContractStatus(status: ContractStatus, event: ContractEvent): ContractStatus {
  return nextStatus(CONTRACT_TRANSITIONS, 'contract', status, event);
}
