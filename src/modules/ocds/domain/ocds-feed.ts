/** Pure mapping of public audit actions to OCDS release tags (DOMAIN.md §9). */
export const RELEASE_TAGS: Record<string, string> = {
  'tender.published': 'tender',
  'tender.amended': 'tenderAmendment',
  'tender.cancelled': 'tenderCancellation',
  'tender.bids_opened': 'tenderUpdate',
  'tender.closed_without_bids': 'tenderUpdate',
  'tender.declared_unsuccessful': 'tenderUpdate',
  'tender.no_bidder_left': 'tenderUpdate',
  'tender.awarded': 'award',
  'complaint.upheld': 'awardCancellation',
  'tender.standstill_ended': 'awardUpdate',
  'tender.handed_to_next_bidder': 'awardUpdate',
  'contract.opened': 'contract',
  'contract.countersigned': 'contract',
  'contract.refused': 'contractUpdate',
  'contract.terminated': 'contractTermination',
  'contract.completed': 'contractTermination',
  'milestone.overdue': 'implementationUpdate',
  'milestone.report_accepted': 'implementationUpdate',
};

export const PUBLIC_ACTIONS = Object.keys(RELEASE_TAGS);

export interface FeedRow {
  seq: number;
  at: Date;
  action: string;
  tenderId: string;
}

/** A minimal (non-compiled) release for one published change; the package holds the rest. */
export function toFeedRelease(prefix: string, row: FeedRow) {
  const ocid = `${prefix}-${row.tenderId}`;
  return {
    ocid,
    id: `${ocid}-${row.seq}`,
    date: row.at.toISOString(),
    tag: [RELEASE_TAGS[row.action] ?? 'tenderUpdate'],
    initiationType: 'tender',
    tender: { id: row.tenderId },
  };
}
