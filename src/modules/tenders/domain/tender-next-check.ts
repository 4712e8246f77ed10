import type { TenderStatus } from './tender-status';

export interface TenderClockState {
  status: TenderStatus;
  submissionDeadline: Date;
}

export type TenderDueEvent = 'submission_deadline';

export interface NextTenderEvent {
  event: TenderDueEvent;
  at: Date;
}

/**
 * The chronograph's rule for a tender (DOMAIN.md §4): what happens next and when, as a
 * pure function of its state. null: nothing is waiting on time.
 */
export function nextTenderEvent(tender: TenderClockState): NextTenderEvent | null {
  switch (tender.status) {
    case 'tendering':
      return { event: 'submission_deadline', at: tender.submissionDeadline };
    case 'draft':
    case 'evaluation':
    case 'standstill':
    case 'contracting':
    case 'complete':
    case 'cancelled':
    case 'unsuccessful':
      return null;
  }
}

/** The transition a deadline makes, given how many live bids there were. */
export function closingStatus(liveBids: number): 'evaluation' | 'unsuccessful' {
  return liveBids > 0 ? 'evaluation' : 'unsuccessful';
}
