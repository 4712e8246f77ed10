import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
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
import type { Receipt } from '../infrastructure/receipt';
import { SealingWorker } from '../infrastructure/sealing-worker';
import {
  assertPricesFitTender,
  assertSubmissionOpen,
  contentHash,
  INTAKE_GROUP,
  intakeGroupKey,
  sealChecked,
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
    private readonly sealing: SealingWorker,
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
    return this.dataSource.transaction(async (m) => {
      const tender = await lockTenderForBidding(m, tenderId);
      const now = await this.clock.now(m);
      assertSubmissionOpen(tender, now);
      const checked = submissions.map((s) =>
        itemOutcome(() => {
          assertPricesFitTender(s.content, tender);
          return { ...s, bidId: randomUUID(), version: 1, plaintext: JSON.stringify(s.content) };
        }),
      );
      const prepared = await sealChecked(this.sealing, tender, now, checked);
      const ready = prepared.flatMap((p) => ('ok' in p ? [p.ok] : []));
      const filed =
        ready.length > 0
          ? await insertNewBids(
              m,
              ready.map((r) => newBidFiling(tender, r, now)),
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
        async ({ investor, content, bidId, receipt }): Promise<GroupOutcome<BidView>> =>
          filed.has(bidId)
            ? {
                ok: await submittedBidView(
                  m,
                  investor,
                  tender,
                  { id: bidId, organizationId: investor.organizationId as string, version: 1 },
                  content,
                  receipt,
                ),
              }
            : { error: bidExists() },
      );
    });
  }
}

/** A sealed submission as the store files it: the bid and its first version. */
function newBidFiling(
  tender: TenderForBidding,
  s: Submission & { bidId: string; sealedContent: Buffer; receipt: Receipt },
  now: Date,
): NewBidFiling {
  return {
    bid: {
      id: s.bidId,
      tenderId: tender.id,
      organizationId: s.investor.organizationId as string,
      status: 'submitted',
      version: 1,
      submittedAt: now,
      updatedAt: now,
      receiptSignature: s.receipt.signature,
    },
    version: sealedVersion(s.bidId, 1, s.sealedContent, s.sha256, s.investor.id, now),
  };
}

function bidExists(): DomainError {
  return new DomainError('BID_EXISTS', 'Your organization already has a live bid on this tender');
}
