import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { NotFoundError } from '../../../common/errors/domain-error';
import { changeBidStatus, decidedBidForUpdate } from '../../bids';
import { protocolInputsChanged } from '../infrastructure/kept-protocol.store';
import { lockTenderInEvaluation } from './commission';

/** An automatic finding (PRICE_ABOVE_CEILING, …) or an officer's MANUAL reason. */
interface RejectionReason {
  code: string;
  message: string;
}

/**
 * An officer's written decision on admission during evaluation (DOMAIN.md §6): reject an
 * opened bid (reason MANUAL) or re-admit one. The previous reasons stay in the record.
 */
@Injectable()
export class AdmitBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    officer: AuthUser,
    tenderId: string,
    bidId: string,
    admitted: boolean,
    reason: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await lockTenderInEvaluation(m, tenderId);
      const bid = await decidedBidForUpdate(m, tenderId, bidId);
      if (!bid) throw new NotFoundError('Opened bid');
      const now = await this.clock.now(m);
      const reasons: RejectionReason[] = admitted
        ? []
        : [...bid.rejection_reasons, { code: 'MANUAL', message: reason }];
      await changeBidStatus(m, {
        bidId,
        event: admitted ? 'readmit' : 'reject_manually',
        at: now,
        set: { rejectionReasons: reasons },
        audit: {
          at: now,
          actor: officer,
          action: admitted ? 'bid.readmitted' : 'bid.rejected_manually',
          entityType: 'bid',
          entityId: bidId,
          data: {
            tenderId,
            reason,
            previousStatus: bid.status,
            previousReasons: bid.rejection_reasons.map((r) => r.code),
          },
        },
      });
      // Admission and its reasons are the protocol's.
      await protocolInputsChanged(m, [tenderId]);
    });
  }
}
