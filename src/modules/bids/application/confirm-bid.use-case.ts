import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { BidVersionEntity } from '../infrastructure/bid-version.entity';
import { BidEntity } from '../infrastructure/bid.entity';
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
      if (bid.status !== 'invalidated') {
        throw new DomainError('INVALID_STATE', 'Only an invalidated bid needs confirming', {
          status: bid.status,
        });
      }
      const { contentSha256 } = await m.findOneByOrFail(BidVersionEntity, {
        bidId,
        version: bid.version,
      });
      const receipt = this.receipts.issue(contentSha256, bidId, bid.version, now);
      await m.update(
        BidEntity,
        { id: bidId },
        {
          status: 'submitted',
          submittedAt: now,
          updatedAt: now,
          receiptSignature: receipt.signature,
        },
      );
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'bid.confirmed',
        entityType: 'bid',
        entityId: bidId,
        data: { tenderId, version: bid.version, sha256: contentSha256 },
      });
      return reloadBidView(m, bidId);
    });
  }
}
