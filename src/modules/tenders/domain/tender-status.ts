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
  | 'exhaust_bidders'
  | 'countersign'
  | 'cancel';

/** DOMAIN.md §4 as a table: for each event, the statuses it may leave and where it goes. */
export const TENDER_TRANSITIONS: Record<TenderEvent, { from: TenderStatus[]; to: TenderStatus }> = {
  publish: { from: ['draft'], to: 'tendering' },
  amend: { from: ['tendering'], to: 'tendering' },
  open_bids: { from: ['tendering'], to: 'evaluation' },
  close_without_bids: { from: ['tendering'], to: 'unsuccessful' },
  award: { from: ['evaluation'], to: 'standstill' },
  declare_unsuccessful: { from: ['evaluation'], to: 'unsuccessful' },
  end_standstill: { from: ['standstill'], to: 'contracting' },
  uphold_complaint: { from: ['standstill'], to: 'evaluation' },
  exhaust_bidders: { from: ['contracting'], to: 'unsuccessful' },
  countersign: { from: ['contracting'], to: 'complete' },
  cancel: {
    from: ['draft', 'tendering', 'evaluation', 'standstill', 'contracting'],
    to: 'cancelled',
  },
};

export function canTransition(status: TenderStatus, event: TenderEvent): boolean {
  return TENDER_TRANSITIONS[event].from.includes(status);
}

/** Published tenders are visible to everyone; drafts to officers only. */
export function isPublished(status: TenderStatus): boolean {
  return status !== 'draft';
}

/** API.md: tender documents are added while the notice is drafted or open for bids. */
export function acceptsDocuments(status: TenderStatus): boolean {
  return status === 'draft' || status === 'tendering';
}
