import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { nextBidStatus } from '../domain/bid-status';
import { changeBidStatus } from '../infrastructure/bid-status.writer';
import { lockBidForChange } from './bid-intake';
import { reloadBidView } from './bid-status-change';
import type { BidView } from './bid-view';

/** Before the deadline an investor may withdraw; a withdrawn bid is never opened. */
@Injectable()
export class WithdrawBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(investor: AuthUser, tenderId: string, bidId: string): Promise<BidView> {
    return this.dataSource.transaction(async (m) => {
      const { bid, now } = await lockBidForChange(m, this.clock, investor, tenderId, bidId);
      nextBidStatus(bid.status, 'withdraw');
      await changeBidStatus(m, {
        bidId,
        event: 'withdraw',
        at: now,
        audit: {
          at: now,
          actor: investor,
          action: 'bid.withdrawn',
          entityType: 'bid',
          entityId: bidId,
          data: { tenderId },
        },
      });
      return reloadBidView(m, bidId);
    });
  }
}
