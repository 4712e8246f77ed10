import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { isUniqueViolation } from '../../../common/persistence/unique-violation';
import { appendAuditEvent } from '../../audit';
import { lockTenderForBidding } from '../../tenders';
import type { BidContent } from '../domain/bid-content';
import { insertBidWithFirstVersion } from '../infrastructure/bid-store';
import { ReceiptSigner } from '../infrastructure/receipt-signer';
import {
  assertPricesFitTender,
  assertSubmissionOpen,
  contentHash,
  sealedVersion,
  submittedBidView,
} from './bid-intake';
import type { BidView } from './bid-view';

/** One live bid per organization and tender, sealed at once, with a signed receipt. */
@Injectable()
export class SubmitBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly receipts: ReceiptSigner,
  ) {}

  async execute(investor: AuthUser, tenderId: string, content: BidContent): Promise<BidView> {
    const organizationId = investor.organizationId as string;
    const sha256 = contentHash(content);
    try {
      return await this.dataSource.transaction(async (m) => {
        const tender = await lockTenderForBidding(m, tenderId);
        const now = await this.clock.now(m);
        assertSubmissionOpen(tender, now);
        assertPricesFitTender(content, tender);
        const id = randomUUID();
        const receipt = this.receipts.issue(sha256, id, 1, now);
        await insertBidWithFirstVersion(
          m,
          {
            id,
            tenderId,
            organizationId,
            status: 'submitted',
            version: 1,
            submittedAt: now,
            updatedAt: now,
            receiptSignature: receipt.signature,
          },
          sealedVersion(tender, id, 1, content, sha256, investor.id, now),
        );
        await appendAuditEvent(m, {
          at: now,
          actor: investor,
          action: 'bid.submitted',
          entityType: 'bid',
          entityId: id,
          data: { tenderId, version: 1, sha256 },
        });
        return submittedBidView(
          m,
          investor,
          tender,
          { id, organizationId, version: 1 },
          content,
          receipt,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'bids_one_live_per_organization')) {
        throw new DomainError(
          'BID_EXISTS',
          'Your organization already has a live bid on this tender',
        );
      }
      throw error;
    }
  }
}
