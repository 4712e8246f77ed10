import type { Role } from '../../../common/auth/role';

/**
 * Every audit action the system appends, with the entity type it is recorded on and the
 * shape of its data. The names and entity types are part of the stored hash chain and of
 * the OCDS feed: never rename one that has been written (add a new action instead).
 */
export type AuditEntityType =
  | 'tender'
  | 'enquiry'
  | 'bid'
  | 'contract'
  | 'complaint'
  | 'user'
  | 'calendar'
  | 'key_rate'
  | 'sandbox_clock';

/** OCDS release tags the feed uses (OCDS 1.1 releaseTag codelist). */
export type OcdsReleaseTag =
  | 'tender'
  | 'tenderAmendment'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardUpdate'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'contractTermination'
  | 'implementationUpdate';

export interface AuditActionSpec {
  entityType: AuditEntityType;
  /** Published in the open-data feed under this release tag; absent: never published. */
  ocdsTag?: OcdsReleaseTag;
  /**
   * Appended in the transaction that opens the tender's bids (sets bids_opened_at): once
   * the log holds it, the tender's bid events are no longer sealed (DOMAIN.md §5).
   */
  unsealsBids?: true;
}

type TenderId = { tenderId: string };
type Nothing = Record<string, never>;
type BidVersion = TenderId & { version: number; sha256: string };
type BidAutoDecision = TenderId & { reasons: string[] };
type BidManualDecision = TenderId & {
  reason: string;
  previousStatus: string;
  previousReasons: string[];
};
type TenderClosing = { bidsCount: number; admitted: number; dueAt: string };
type ReportReview = { milestoneId: string; reportId: string; status: string; comment: string };
type ComplaintDecision = TenderId & { reason: string };

/** The data each action records, field names as stored. Bid data never holds sealed content. */
export interface AuditPayloads {
  'tender.created': { title: string };
  'tender.edited': { fields: string[] };
  'tender.published': {
    submissionDeadline: string;
    enquiriesUntil: string;
    rulesEnforced: boolean;
  };
  'tender.amended': {
    number: number;
    reason: string;
    changes: Record<string, unknown>;
    previous: Record<string, unknown>;
    conditionChange: boolean;
  };
  'tender.cancelled': { reason: string; reasonType: string | null };
  'tender.document_added': TenderId & { documentId: string; filename: string; sha256: string };
  'tender.bids_opened': TenderClosing;
  'tender.closed_without_bids': TenderClosing;
  'tender.awarded': { bidId: string; total: number | undefined; standstillEndsAt: string };
  'tender.declared_unsuccessful': Nothing;
  'tender.standstill_ended': { bidId: string };
  'tender.handed_to_next_bidder': Nothing;
  'tender.no_bidder_left': Nothing;
  'tender.reminder_sent':
    | { kind: 'signing_reminder_48h'; contractId: string }
    // No recipient count: it would tell how many bids there are.
    | { kind: 'deadline_reminder_24h' | 'deadline_reminder_1h' };
  'tender.answer_reminder_sent': { enquiryId: string };
  'evaluation.interests_declared': { conflictOfInterest: boolean; note: string | null };
  'enquiry.asked': TenderId;
  'enquiry.answered': TenderId;
  'bid.submitted': BidVersion;
  'bid.replaced': BidVersion;
  'bid.confirmed': BidVersion;
  'bid.withdrawn': TenderId;
  'bid.invalidated': TenderId;
  'bid.document_added': TenderId & { documentId: string; sha256: string };
  'bid.admitted': BidAutoDecision;
  'bid.rejected': BidAutoDecision;
  'bid.readmitted': BidManualDecision;
  'bid.rejected_manually': BidManualDecision;
  'evaluation.expert_scored': TenderId & { scores: Record<string, number> };
  'contract.opened': TenderId & { bidId: string; signingDeadline: string };
  'contract.signed': TenderId;
  'contract.countersigned': TenderId & { buildDeadline: string; endsAt: string };
  'contract.refused': TenderId & { organizationId: string; evading: true };
  'contract.terminated': { reason: string; organizationId: string; failedSupplier: true };
  'contract.completed': TenderId & { endsAt: string; outcome?: 'fulfilled' | 'breached' };
  'contract.document_added': { documentId: string; filename: string; sha256: string };
  'milestone.reported': { milestoneId: string; reportId: string; investedRub: string };
  'milestone.report_accepted': ReportReview;
  'milestone.report_rejected': ReportReview;
  'milestone.overdue': { milestoneId: string };
  'milestone.reminder_sent': {
    milestoneId: string;
    kind: 'milestone_reminder_30d' | 'milestone_reminder_7d';
  };
  'order.placed': {
    orderId: string;
    stageYear: number;
    item: string;
    quantity: number;
    deliverBy: string;
  };
  'order.delivery_recorded': {
    orderId: string;
    deliveryId: string;
    quantity: number;
    documentIds: string[];
  };
  'order.delivery_accepted': {
    orderId: string;
    deliveryId: string;
    acceptedQuantity: number;
    deliveredQuantity: number;
    status: string;
    comment: string;
  };
  'order.closed': { orderId: string; reason: string };
  'order.overdue': { orderId: string };
  'order.reminder_sent': { orderId: string; kind: 'order_reminder_7d' };
  'claim.issued': {
    claimId: string;
    asOf: string;
    keyRatePct: string;
    amountRub: string;
    items: number;
  };
  'claim.paid': { claimId: string; paidAt: string; amountRub: string };
  'claim.written_off': { claimId: string; reason: string };
  'claim.withdrawn': { claimId: string; reason: string };
  'production_report.filed': {
    reportId: string;
    year: number;
    producedByItem: Record<string, number>;
    documentIds: string[];
  };
  'production_report.accepted': { reportId: string; year: number; comment: string };
  'production_report.rejected': { reportId: string; year: number; comment: string };
  'production_report.missing': { year: number; dueAt: string };
  'complaint.filed': TenderId & { subject: string };
  'complaint.upheld': ComplaintDecision;
  'complaint.dismissed': ComplaintDecision;
  'account.registered': { organizationId: string; inn: string; email: string };
  'user.created': { email: string; role: Role; reason?: string };
  'user.deactivated': { role: Role };
  'calendar.replaced': { year: number; count: number; added: string[]; removed: string[] };
  'key_rate.recorded': { effectiveFrom: string; ratePct: string };
  'sandbox.clock_advanced': { advanceMs: number; from: string; to: string; frozen: boolean };
}

/** `satisfies` keeps this and AuditPayloads in step: a key missing or extra fails to compile. */
export const AUDIT_ACTIONS = {
  'tender.created': { entityType: 'tender' },
  'tender.edited': { entityType: 'tender' },
  'tender.published': { entityType: 'tender', ocdsTag: 'tender' },
  'tender.amended': { entityType: 'tender', ocdsTag: 'tenderAmendment' },
  'tender.cancelled': { entityType: 'tender', ocdsTag: 'tenderCancellation' },
  'tender.document_added': { entityType: 'tender' },
  'tender.bids_opened': { entityType: 'tender', ocdsTag: 'tenderUpdate', unsealsBids: true },
  // Bids are opened (bids_opened_at set) even when none was left to open.
  'tender.closed_without_bids': {
    entityType: 'tender',
    ocdsTag: 'tenderUpdate',
    unsealsBids: true,
  },
  'tender.awarded': { entityType: 'tender', ocdsTag: 'award' },
  'tender.declared_unsuccessful': { entityType: 'tender', ocdsTag: 'tenderUpdate' },
  'tender.standstill_ended': { entityType: 'tender', ocdsTag: 'awardUpdate' },
  'tender.handed_to_next_bidder': { entityType: 'tender', ocdsTag: 'awardUpdate' },
  'tender.no_bidder_left': { entityType: 'tender', ocdsTag: 'tenderUpdate' },
  'tender.reminder_sent': { entityType: 'tender' },
  'tender.answer_reminder_sent': { entityType: 'tender' },
  'evaluation.interests_declared': { entityType: 'tender' },
  'enquiry.asked': { entityType: 'enquiry' },
  'enquiry.answered': { entityType: 'enquiry' },
  'bid.submitted': { entityType: 'bid' },
  'bid.replaced': { entityType: 'bid' },
  'bid.confirmed': { entityType: 'bid' },
  'bid.withdrawn': { entityType: 'bid' },
  'bid.invalidated': { entityType: 'bid' },
  'bid.document_added': { entityType: 'bid' },
  'bid.admitted': { entityType: 'bid' },
  'bid.rejected': { entityType: 'bid' },
  'bid.readmitted': { entityType: 'bid' },
  'bid.rejected_manually': { entityType: 'bid' },
  'evaluation.expert_scored': { entityType: 'bid' },
  'contract.opened': { entityType: 'contract', ocdsTag: 'contract' },
  'contract.signed': { entityType: 'contract' },
  'contract.countersigned': { entityType: 'contract', ocdsTag: 'contract' },
  'contract.refused': { entityType: 'contract', ocdsTag: 'contractUpdate' },
  'contract.terminated': { entityType: 'contract', ocdsTag: 'contractTermination' },
  'contract.completed': { entityType: 'contract', ocdsTag: 'contractTermination' },
  'contract.document_added': { entityType: 'contract' },
  // Milestone events are recorded on their contract.
  'milestone.reported': { entityType: 'contract' },
  'milestone.report_accepted': { entityType: 'contract', ocdsTag: 'implementationUpdate' },
  'milestone.report_rejected': { entityType: 'contract' },
  'milestone.overdue': { entityType: 'contract', ocdsTag: 'implementationUpdate' },
  'milestone.reminder_sent': { entityType: 'contract' },
  // Supply orders (CONTRACT.md §3) are recorded on their contract; published once the
  // OCDS package renders them as delivery milestones.
  'order.placed': { entityType: 'contract' },
  'order.delivery_recorded': { entityType: 'contract' },
  'order.delivery_accepted': { entityType: 'contract' },
  'order.closed': { entityType: 'contract' },
  'order.overdue': { entityType: 'contract' },
  'order.reminder_sent': { entityType: 'contract' },
  // Claims (CONTRACT.md §5) are recorded on their contract and never published.
  'claim.issued': { entityType: 'contract' },
  'claim.paid': { entityType: 'contract' },
  'claim.written_off': { entityType: 'contract' },
  'claim.withdrawn': { entityType: 'contract' },
  'production_report.filed': { entityType: 'contract' },
  'production_report.accepted': { entityType: 'contract' },
  'production_report.rejected': { entityType: 'contract' },
  'production_report.missing': { entityType: 'contract' },
  'complaint.filed': { entityType: 'complaint' },
  'complaint.upheld': { entityType: 'complaint', ocdsTag: 'awardCancellation' },
  'complaint.dismissed': { entityType: 'complaint' },
  'account.registered': { entityType: 'user' },
  'user.created': { entityType: 'user' },
  'user.deactivated': { entityType: 'user' },
  'calendar.replaced': { entityType: 'calendar' },
  'key_rate.recorded': { entityType: 'key_rate' },
  'sandbox.clock_advanced': { entityType: 'sandbox_clock' },
} as const satisfies { [A in keyof AuditPayloads]: AuditActionSpec };

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The entity type each action is recorded on. */
export type AuditEntityTypes = { [A in AuditAction]: (typeof AUDIT_ACTIONS)[A]['entityType'] };

/** Actions recorded on one entity type, for helpers that append on a single entity. */
export type AuditActionOn<E extends AuditEntityType> = {
  [A in AuditAction]: AuditEntityTypes[A] extends E ? A : never;
}[AuditAction];

/** Bid events are sealed: withheld from every reader until their tender's bids are opened. */
export const SEALED_ENTITY_TYPE = 'bid' satisfies AuditEntityType;

const ACTIONS = Object.keys(AUDIT_ACTIONS).filter(isAuditAction);

/** The actions the open-data feed publishes. */
export const OCDS_ACTIONS = ACTIONS.filter((a) => 'ocdsTag' in AUDIT_ACTIONS[a]);

/** The actions whose presence in the log unseals a tender's bid events. */
export const UNSEALING_ACTIONS = ACTIONS.filter((a) => 'unsealsBids' in AUDIT_ACTIONS[a]);

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** The release tag of a stored action, or undefined if the feed does not publish it. */
export function ocdsTagOf(action: string): OcdsReleaseTag | undefined {
  if (!isAuditAction(action)) return undefined;
  const spec: AuditActionSpec = AUDIT_ACTIONS[action];
  return spec.ocdsTag;
}
