import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const TENDER_STATUSES = [
  'draft',
  'tendering',
  'evaluation',
  'standstill',
  'contracting',
  'complete',
  'cancelled',
  'unsuccessful',
] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

export type TenderEvent =
  | 'publish'
  | 'amend'
  | 'open_bids'
  | 'close_without_bids'
  | 'award'
  | 'declare_unsuccessful'
  | 'end_standstill'
  | 'uphold_complaint'
  | 'hand_to_next_bidder'
  | 'exhaust_bidders'
  | 'countersign'
  | 'cancel';

/**
 * DOMAIN.md §4 as a table: for each event, the statuses it may leave and where it goes.
 * tender-transitions-match-domain-md.spec.ts reads §4 and checks this table row by row.
 */
export const TENDER_TRANSITIONS: TransitionTable<TenderStatus, TenderEvent> = {
  publish: { from: ['draft'], to: 'tendering' },
  amend: { from: ['tendering'], to: 'tendering' },
  open_bids: { from: ['tendering'], to: 'evaluation' },
  close_without_bids: { from: ['tendering'], to: 'unsuccessful' },
  award: { from: ['evaluation'], to: 'standstill' },
  declare_unsuccessful: { from: ['evaluation'], to: 'unsuccessful' },
  end_standstill: { from: ['standstill'], to: 'contracting' },
  uphold_complaint: { from: ['standstill'], to: 'evaluation' },
  hand_to_next_bidder: { from: ['contracting'], to: 'contracting' },
  exhaust_bidders: { from: ['contracting'], to: 'unsuccessful' },
  countersign: { from: ['contracting'], to: 'complete' },
  cancel: {
    from: ['draft', 'tendering', 'evaluation', 'standstill', 'contracting'],
    to: 'cancelled',
  },
};

export function nextTenderStatus(status: TenderStatus, event: TenderEvent): TenderStatus {
  return nextStatus(TENDER_TRANSITIONS, 'tender', status, event);
}

/** Published tenders are visible to everyone; drafts to officers only. */
export function isPublished(status: TenderStatus): boolean {
  return status !== 'draft';
}

/** API.md: tender documents are added while the notice is drafted or open for bids. */
export function acceptsDocuments(status: TenderStatus): boolean {
  return status === 'draft' || status === 'tendering';
}
