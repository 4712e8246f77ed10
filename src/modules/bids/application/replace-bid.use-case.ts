import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import type { BidContent } from '../domain/bid-content';
import { nextBidStatus } from '../domain/bid-status';
import { changeBidStatus } from '../infrastructure/bid-status.writer';
import { insertBidVersion } from '../infrastructure/bid-store';
import { ReceiptSigner } from '../infrastructure/receipt-signer';
import {
  assertPricesFitTender,
  contentHash,
  lockBidForChange,
  sealedVersion,
  submittedBidView,
} from './bid-intake';
import type { BidView } from './bid-view';

/**
 * A new version of the bid (an invalidated one included: replacing accepts the amended
 * conditions). The old version is kept, sealed; submittedAt becomes the new version's.
 */
@Injectable()
export class ReplaceBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly receipts: ReceiptSigner,
  ) {}

  async execute(
    investor: AuthUser,
    tenderId: string,
    bidId: string,
    content: BidContent,
  ): Promise<BidView> {
    const sha256 = contentHash(content);
    return this.dataSource.transaction(async (m) => {
      const { tender, bid, now } = await lockBidForChange(m, this.clock, investor, tenderId, bidId);
      nextBidStatus(bid.status, 'replace');
      assertPricesFitTender(content, tender);
      const version = bid.version + 1;
      const receipt = this.receipts.issue(sha256, bidId, version, now);
      await insertBidVersion(
        m,
        sealedVersion(tender, bidId, version, content, sha256, investor.id, now),
      );
      await changeBidStatus(m, {
        bidId,
        event: 'replace',
        at: now,
        set: { version, submittedAt: now, receiptSignature: receipt.signature },
        audit: {
          at: now,
          actor: investor,
          action: 'bid.replaced',
          entityType: 'bid',
          entityId: bidId,
          data: { tenderId, version, sha256 },
        },
      });
      return submittedBidView(m, investor, tender, { ...bid, version }, content, receipt);
    });
  }
}
