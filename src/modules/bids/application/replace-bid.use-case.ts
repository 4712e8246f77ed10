import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { NotFoundError } from '../../../common/errors/domain-error';
import { pipelinedTransaction } from '../../../common/persistence/pipelined-transaction';
import {
  answerInOrder,
  GroupCommit,
  itemOutcome,
  type GroupOutcome,
} from '../../../common/persistence/group-commit';
import { lockTenderForBidding, type TenderForBidding } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import { nextBidStatus } from '../domain/bid-status';
import { recordReplacedBids, type BidReplacement } from '../infrastructure/bid-status.writer';
import { insertBidVersions, lockOwnBidsOfTender } from '../infrastructure/bid-store';
import type { BidVersionEntity } from '../infrastructure/bid-version.entity';
import type { BidEntity } from '../infrastructure/bid.entity';
import { ReceiptSigner, type Receipt } from '../infrastructure/receipt-signer';
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
import { IntakeSeals } from './intake-seals';

interface Replacement {
  investor: AuthUser;
  bidId: string;
  content: BidContent;
  sha256: string;
}

/**
 * A new version of the bid (an invalidated one included: replacing accepts the amended
 * conditions). The old version is kept, sealed; submittedAt becomes the new version's.
 * Concurrent replacements on one tender are filed together (group commit), as
 * submissions are; two of one bid in a group become consecutive versions, in order.
 */
@Injectable()
export class ReplaceBidUseCase {
  private readonly group = new GroupCommit<Replacement, BidView>({
    ...INTAKE_GROUP,
    run: (tenderId, replacements) => this.fileTogether(tenderId, replacements),
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly receipts: ReceiptSigner,
    private readonly seals: IntakeSeals,
  ) {}

  execute(
    investor: AuthUser,
    tenderId: string,
    bidId: string,
    content: BidContent,
  ): Promise<BidView> {
    return this.group.submit(intakeGroupKey(tenderId), {
      investor,
      bidId,
      content,
      sha256: contentHash(content),
    });
  }

  private fileTogether(
    tenderId: string,
    replacements: Replacement[],
  ): Promise<GroupOutcome<BidView>[]> {
    // Three round trips: BEGIN, the tender's lock, the bids' locks and the clock (read under
    // them); the versions, the bids and the events; COMMIT.
    return pipelinedTransaction(this.dataSource, async (m) => {
      const locked = Promise.all([
        lockTenderForBidding(m, tenderId),
        lockOwnBidsOfTender(
          m,
          tenderId,
          replacements.map((r) => ({
            bidId: r.bidId,
            organizationId: r.investor.organizationId as string,
          })),
        ),
      ]);
      const [[tender, ownBids], now] = await Promise.all([
        locked,
        this.clock.nowOnceHeld(locked, m),
      ]);
      const bids = new Map(ownBids.map((b) => [b.id, b]));
      const boxes = this.seals.seal(
        tender,
        replacements.map((r) => ({ bidId: r.bidId, plaintext: JSON.stringify(r.content) })),
      );
      // In order, so a bid's second replacement in the group follows its first.
      const prepared = replacements.map((r, i) =>
        itemOutcome(() => this.prepare(tender, bids, r, boxes[i], now)),
      );
      const ready = prepared.flatMap((p) => ('ok' in p ? [p.ok] : []));
      if (ready.length > 0) {
        await Promise.all([
          insertBidVersions(
            m,
            ready.map((r) => r.version),
          ),
          recordReplacedBids(
            m,
            latestPerBid(ready.map((r) => r.replaced)),
            now,
            ready.map((r) => ({
              at: now,
              actor: r.investor,
              action: 'bid.replaced' as const,
              entityType: 'bid',
              entityId: r.bidId,
              data: { tenderId, version: r.version.version, sha256: r.sha256 },
            })),
          ),
        ]);
      }
      return answerInOrder(prepared, async ({ investor, content, bid, version, receipt }) => ({
        ok: await submittedBidView(
          m,
          investor,
          tender,
          { ...bid, version: version.version },
          content,
          receipt,
        ),
      }));
    });
  }

  /**
   * One replacement's checks and receipt; `bids` is advanced to the new version, so
   * a later replacement of the same bid in the group builds on it.
   */
  private prepare(
    tender: TenderForBidding,
    bids: Map<string, BidEntity>,
    replacement: Replacement,
    sealedContent: Buffer,
    now: Date,
  ): Replacement & {
    bid: BidEntity;
    version: BidVersionEntity;
    replaced: BidReplacement;
    receipt: Receipt;
  } {
    const { investor, bidId, content, sha256 } = replacement;
    const bid = bids.get(bidId);
    // Another organization's bid answers as if it did not exist.
    if (!bid || bid.organizationId !== investor.organizationId) throw new NotFoundError('Bid');
    assertSubmissionOpen(tender, now);
    const status = nextBidStatus(bid.status, 'replace');
    assertPricesFitTender(content, tender);
    const version = bid.version + 1;
    const receipt = this.receipts.issue(sha256, bidId, version, now);
    bids.set(bidId, { ...bid, status, version });
    return {
      ...replacement,
      bid,
      receipt,
      version: sealedVersion(bidId, version, sealedContent, sha256, investor.id, now),
      replaced: { bidId, version, receiptSignature: receipt.signature },
    };
  }
}

/** A bid replaced twice in one group keeps its last version. */
function latestPerBid(replaced: BidReplacement[]): BidReplacement[] {
  return [...new Map(replaced.map((r) => [r.bidId, r])).values()];
}
