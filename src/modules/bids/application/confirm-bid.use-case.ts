import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { nextBidStatus } from '../domain/bid-status';
import { bidVersion } from '../infrastructure/bid-store';
import { changeBidStatus } from '../infrastructure/bid-status.writer';
import { ReceiptSigner } from '../infrastructure/receipt-signer';
import { lockBidForChange } from './bid-intake';
import { reloadBidView } from './bid-status-change';
import type { BidView } from './bid-view';

/**
 * An invalidated bid accepts the amended conditions as it stands: it is submitted again
 * at this instant (which is its new submittedAt), with a new receipt.
 */
@Injectable()
export class ConfirmBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly receipts: ReceiptSigner,
  ) {}

  async execute(investor: AuthUser, tenderId: string, bidId: string): Promise<BidView> {
    return this.dataSource.transaction(async (m) => {
      const { bid, now } = await lockBidForChange(m, this.clock, investor, tenderId, bidId);
      nextBidStatus(bid.status, 'confirm');
      const { contentSha256 } = await bidVersion(m, bidId, bid.version);
      const receipt = this.receipts.issue(contentSha256, bidId, bid.version, now);
      await changeBidStatus(m, {
        bidId,
        event: 'confirm',
        at: now,
        set: { submittedAt: now, receiptSignature: receipt.signature },
        audit: {
          at: now,
          actor: investor,
          action: 'bid.confirmed',
          entityType: 'bid',
          entityId: bidId,
          data: { tenderId, version: bid.version, sha256: contentSha256 },
        },
      });
      return reloadBidView(m, bidId);
    });
  }
}
