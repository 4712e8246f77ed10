import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { pipelinedTransaction } from '../../../common/persistence/pipelined-transaction';
import {
  answerInOrder,
  GroupCommit,
  itemOutcome,
  type GroupOutcome,
} from '../../../common/persistence/group-commit';
import { appendAuditEvents } from '../../audit';
import { lockTenderForBidding, type TenderForBidding } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import { insertNewBids, type NewBidFiling } from '../infrastructure/bid-store';
import { ReceiptSigner, type Receipt } from '../infrastructure/receipt-signer';
import { IntakeSeals } from './intake-seals';
import {
  assertPricesFitTender,
  assertSubmissionOpen,
  contentHash,
  INTAKE_GROUP,
  intakeGroupKey,
  sealedVersion,
  submittedBidView,
} from './bid-intake';
import type { BidView } from './bid-view';

interface Submission {
  investor: AuthUser;
  content: BidContent;
  sha256: string;
}

/**
 * One live bid per organization and tender, sealed at once, with a signed receipt.
 * Concurrent submissions to one tender are filed together (group commit): one
 * transaction, one tender lock and one `now` for all, each answered with its own id and
 * receipt, or its own refusal.
 */
@Injectable()
export class SubmitBidUseCase {
  private readonly group = new GroupCommit<Submission, BidView>({
    ...INTAKE_GROUP,
    run: (tenderId, submissions) => this.fileTogether(tenderId, submissions),
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly receipts: ReceiptSigner,
    private readonly seals: IntakeSeals,
  ) {}

  execute(investor: AuthUser, tenderId: string, content: BidContent): Promise<BidView> {
    return this.group.submit(intakeGroupKey(tenderId), {
      investor,
      content,
      sha256: contentHash(content),
    });
  }

  private fileTogether(
    tenderId: string,
    submissions: Submission[],
  ): Promise<GroupOutcome<BidView>[]> {
    const filings = submissions.map((s) => ({
      ...s,
      bidId: randomUUID(),
      plaintext: JSON.stringify(s.content),
    }));
    // Four round trips: BEGIN, the tender's lock and the clock (read under the lock); the
    // bids; their events; COMMIT.
    return pipelinedTransaction(this.dataSource, async (m) => {
      const locked = lockTenderForBidding(m, tenderId);
      const [tender, now] = await Promise.all([locked, this.clock.nowOnceHeld(locked, m)]);
      assertSubmissionOpen(tender, now);
      const boxes = this.seals.seal(tender, filings);
      const prepared = filings.map((f, i) =>
        itemOutcome(() => this.prepare(tender, f, boxes[i], now)),
      );
      const ready = prepared.flatMap((p) => ('ok' in p ? [p.ok] : []));
      const filed =
        ready.length > 0
          ? await insertNewBids(
              m,
              ready.map((r) => r.filing),
            )
          : new Set();
      await appendAuditEvents(
        m,
        ready
          .filter((r) => filed.has(r.bidId))
          .map((r) => ({
            at: now,
            actor: r.investor,
            action: 'bid.submitted' as const,
            entityType: 'bid',
            entityId: r.bidId,
            data: { tenderId, version: 1, sha256: r.sha256 },
          })),
      );
      return answerInOrder(
        prepared,
        async ({ investor, content, filing, receipt }): Promise<GroupOutcome<BidView>> =>
          filed.has(filing.bid.id)
            ? { ok: await submittedBidView(m, investor, tender, filing.bid, content, receipt) }
            : { error: bidExists() },
      );
    });
  }

  /** One submission's checks and receipt, before anything is written. */
  private prepare(
    tender: TenderForBidding,
    submission: Submission & { bidId: string },
    sealedContent: Buffer,
    now: Date,
  ): Submission & { bidId: string; filing: NewBidFiling; receipt: Receipt } {
    const { investor, content, sha256, bidId } = submission;
    assertPricesFitTender(content, tender);
    const receipt = this.receipts.issue(sha256, bidId, 1, now);
    return {
      ...submission,
      receipt,
      filing: {
        bid: {
          id: bidId,
          tenderId: tender.id,
          organizationId: investor.organizationId as string,
          status: 'submitted',
          version: 1,
          submittedAt: now,
          updatedAt: now,
          receiptSignature: receipt.signature,
        },
        version: sealedVersion(bidId, 1, sealedContent, sha256, investor.id, now),
      },
    };
  }
}

function bidExists(): DomainError {
  return new DomainError('BID_EXISTS', 'Your organization already has a live bid on this tender');
}
