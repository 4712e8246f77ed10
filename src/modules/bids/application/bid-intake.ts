import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../../../common/canonical-json/canonical-json';
import { DomainError } from '../../../common/errors/domain-error';
import { isDependencyFailure } from '../../../common/http/dependency-failure';
import { validationFailed } from '../../../common/errors/field-refusal';
import type { AuthUser } from '../../../common/auth/role';
import type { Clock } from '../../../common/clock/clock';
import { organizationSummary } from '../../accounts';
import { lockTenderForBidding, type TenderForBidding } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import { LIVE_BEFORE_OPENING } from '../domain/bid-status';
import { bidPricingErrors } from '../domain/bid-pricing';
import { offsetFindings, Finding } from '../domain/offset-findings';
import { lockOwnBid } from '../infrastructure/bid-store';
import type { BidVersionEntity } from '../infrastructure/bid-version.entity';
import type { BidEntity } from '../infrastructure/bid.entity';
import type { Receipt } from '../infrastructure/receipt-signer';
import type { BidOrganization, BidView } from './bid-view';

/**
 * The intake's group commit: a refusal thrown for the whole group (the tender is closed,
 * not found) is every member's answer, and so is a database that cannot be reached (503):
 * re-running the members one by one would only keep the tender's queue waiting, and a
 * connection lost during COMMIT may have committed, so a re-run could file a bid twice.
 * A group holds at most 100 filings, so one transaction stays short however long the queue.
 */
export const INTAKE_GROUP = {
  sharedByAll: (error: unknown) => error instanceof DomainError || isDependencyFailure(error),
  maxItems: 100,
};

/** The group key of a tender: ParseUUIDPipe accepts either case, one tender is one group. */
export function intakeGroupKey(tenderId: string): string {
  return tenderId.toLowerCase();
}

/**
 * DOMAIN.md §5: exact deadline. Read inside the transaction that holds the tender FOR
 * SHARE, so no closing transition can run between this check and the commit.
 */
export function assertSubmissionOpen(tender: TenderForBidding, now: Date): void {
  if (tender.status !== 'tendering' || now >= tender.submissionDeadline) {
    throw new DomainError('SUBMISSION_CLOSED', 'Bids are no longer accepted for this tender');
  }
}

export function assertLive(bid: BidEntity): void {
  if (!LIVE_BEFORE_OPENING.includes(bid.status)) {
    throw new DomainError('INVALID_STATE', `A ${bid.status} bid cannot be changed`, {
      status: bid.status,
    });
  }
}

/** SHA-256 of the RFC 8785 canonical JSON of the content as the investor sent it. */
export function contentHash(content: BidContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** A version of a bid, its content sealed with the tender's data key (bound to the bid's id). */
export function sealedVersion(
  bidId: string,
  version: number,
  sealedContent: Buffer,
  sha256: string,
  submittedBy: string,
  at: Date,
): BidVersionEntity {
  return { bidId, version, sealedContent, contentSha256: sha256, submittedBy, submittedAt: at };
}

export function warningsFor(content: BidContent, tender: TenderForBidding): Finding[] {
  return offsetFindings(content, {
    items: tender.items,
    minInvestmentRub: tender.offsetConditions.minInvestmentRub,
    maxBuildMonths: tender.offsetConditions.maxBuildMonths,
    minLocalizationPct: tender.offsetConditions.minLocalizationPct,
    maxContractSharePct: tender.offsetConditions.maxContractSharePct ?? null,
  });
}

/**
 * CONTRACT.md §1: a bid prices every item of the tender once and states its capacity, in
 * one form. Checked before sealing, against the tender row the intake already holds.
 */
export function assertPricesFitTender(content: BidContent, tender: TenderForBidding): void {
  const errors = bidPricingErrors(content, tender.items);
  if (errors.length > 0) {
    throw validationFailed('The bid does not price the tender’s items', errors);
  }
}

export function organizationOf(m: EntityManager, id: string): Promise<BidOrganization> {
  return organizationSummary(m, id);
}

/**
 * The common start of every change to an existing bid: the tender FOR SHARE, the caller's
 * own bid FOR UPDATE (others: 404), then the clock, read under those locks.
 */
export async function lockBidForChange(
  m: EntityManager,
  clock: Clock,
  investor: AuthUser,
  tenderId: string,
  bidId: string,
): Promise<{ tender: TenderForBidding; bid: BidEntity; now: Date }> {
  const tender = await lockTenderForBidding(m, tenderId);
  const bid = await lockOwnBid(m, tenderId, bidId, investor.organizationId as string);
  const now = await clock.now(m);
  assertSubmissionOpen(tender, now);
  return { tender, bid, now };
}

/**
 * The answer to a submission or replacement: the content is in hand, not decrypted, and
 * the organization is the investor's own, as the guard read it (one round trip less).
 */
export async function submittedBidView(
  m: EntityManager,
  investor: AuthUser,
  tender: TenderForBidding,
  bid: { id: string; organizationId: string; version: number },
  content: BidContent,
  receipt: Receipt,
): Promise<BidView> {
  const known = investor.organization;
  return {
    id: bid.id,
    tenderId: tender.id,
    organization:
      known?.id === bid.organizationId ? known : await organizationOf(m, bid.organizationId),
    status: 'submitted',
    version: bid.version,
    submittedAt: receipt.submittedAt,
    updatedAt: receipt.submittedAt,
    sealed: true,
    warnings: warningsFor(content, tender),
    receipt,
    ...content,
  };
}
