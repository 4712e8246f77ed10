import { AUDIT_ACTIONS, OCDS_ACTIONS, ocdsTagOf, UNSEALING_ACTIONS } from './audit-actions';

/**
 * Names and entity types are hashed into the stored chain and selected by the open-data
 * feed: this table is what the code wrote before the registry existed. Changing a row
 * here is changing the record's meaning, not a refactoring.
 */
const STORED: Record<string, string> = {
  'tender.created': 'tender',
  'tender.edited': 'tender',
  'tender.published': 'tender',
  'tender.amended': 'tender',
  'tender.cancelled': 'tender',
  'tender.document_added': 'tender',
  'tender.bids_opened': 'tender',
  'tender.closed_without_bids': 'tender',
  'tender.awarded': 'tender',
  'tender.declared_unsuccessful': 'tender',
  'tender.standstill_ended': 'tender',
  'tender.handed_to_next_bidder': 'tender',
  'tender.no_bidder_left': 'tender',
  'tender.reminder_sent': 'tender',
  'tender.answer_reminder_sent': 'tender',
  'evaluation.interests_declared': 'tender',
  'enquiry.asked': 'enquiry',
  'enquiry.answered': 'enquiry',
  'bid.submitted': 'bid',
  'bid.replaced': 'bid',
  'bid.confirmed': 'bid',
  'bid.withdrawn': 'bid',
  'bid.invalidated': 'bid',
  'bid.document_added': 'bid',
  'bid.admitted': 'bid',
  'bid.rejected': 'bid',
  'bid.readmitted': 'bid',
  'bid.rejected_manually': 'bid',
  'evaluation.expert_scored': 'bid',
  'contract.opened': 'contract',
  'contract.signed': 'contract',
  'contract.countersigned': 'contract',
  'contract.refused': 'contract',
  'contract.terminated': 'contract',
  'contract.completed': 'contract',
  'contract.document_added': 'contract',
  'milestone.reported': 'contract',
  'milestone.report_accepted': 'contract',
  'milestone.report_rejected': 'contract',
  'milestone.overdue': 'contract',
  'milestone.reminder_sent': 'contract',
  'order.placed': 'contract',
  'order.delivery_recorded': 'contract',
  'order.delivery_accepted': 'contract',
  'order.closed': 'contract',
  'order.overdue': 'contract',
  'order.reminder_sent': 'contract',
  'claim.issued': 'contract',
  'claim.paid': 'contract',
  'claim.written_off': 'contract',
  'claim.withdrawn': 'contract',
  'production_report.filed': 'contract',
  'production_report.accepted': 'contract',
  'production_report.rejected': 'contract',
  'production_report.missing': 'contract',
  'complaint.filed': 'complaint',
  'complaint.upheld': 'complaint',
  'complaint.dismissed': 'complaint',
  'account.registered': 'user',
  'user.created': 'user',
  'user.deactivated': 'user',
  'calendar.replaced': 'calendar',
  'key_rate.recorded': 'key_rate',
  'sandbox.clock_advanced': 'sandbox_clock',
};

/** The feed's release tags as published before the registry (RELEASE_TAGS in ocds-feed.ts). */
const PUBLISHED: Record<string, string> = {
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

describe('the audit action registry', () => {
  it('holds every action the code writes, each on the entity type it was stored with', () => {
    const registered = Object.fromEntries(
      Object.entries(AUDIT_ACTIONS).map(([action, spec]) => [action, spec.entityType]),
    );
    expect(registered).toEqual(STORED);
  });

  it('publishes exactly the actions the OCDS feed published, under the same release tags', () => {
    const tags = Object.fromEntries(OCDS_ACTIONS.map((action) => [action, ocdsTagOf(action)]));
    expect(tags).toEqual(PUBLISHED);
  });

  it('never publishes a sealed bid event in the open-data feed', () => {
    for (const action of OCDS_ACTIONS) {
      expect(AUDIT_ACTIONS[action].entityType).not.toBe('bid');
    }
  });

  it('has no release tag for an action it does not know (a stored name from elsewhere)', () => {
    expect(ocdsTagOf('tender.renamed_since')).toBeUndefined();
    expect(ocdsTagOf('bid.submitted')).toBeUndefined();
    expect(ocdsTagOf('toString')).toBeUndefined();
  });

  it('unseals bid events with both outcomes of the opening, the two that set bids_opened_at', () => {
    expect([...UNSEALING_ACTIONS].sort()).toEqual([
      'tender.bids_opened',
      'tender.closed_without_bids',
    ]);
  });
});
