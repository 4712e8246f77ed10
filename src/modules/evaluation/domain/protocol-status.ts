import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const PROTOCOL_STATUSES = ['in_progress', 'final'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

export type ProtocolEvent = 'award' | 'uphold_complaint';

/**
 * API.md: the protocol is computed `in_progress` during evaluation and frozen `final` by
 * the award; an upheld complaint reopens it (DOMAIN.md §4).
 */
export const PROTOCOL_TRANSITIONS: TransitionTable<ProtocolStatus, ProtocolEvent> = {
  award: { from: ['in_progress'], to: 'final' },
  uphold_complaint: { from: ['final'], to: 'in_progress' },
};

export function nextProtocolStatus(status: ProtocolStatus, event: ProtocolEvent): ProtocolStatus {
  return nextStatus(PROTOCOL_TRANSITIONS, 'protocol', status, event);
}
