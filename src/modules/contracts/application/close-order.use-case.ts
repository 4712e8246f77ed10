import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { changeOrderStatus } from '../infrastructure/order-status.writer';
import { setContractNextCheck } from '../infrastructure/contract-rows';
import { orderOfContract } from '../infrastructure/supply-order-rows';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toOrderView, type OrderView } from './order-view';

/** An officer closes an order that will not be fulfilled: `failed`, a fact of non-performance. */
@Injectable()
export class CloseOrderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    officer: AuthUser,
    contractId: string,
    orderId: string,
    reason: string,
  ): Promise<OrderView> {
    const view = await this.dataSource.transaction(async (m) => {
      await lockActiveSupplyContract(m, officer, contractId);
      const order = await orderOfContract(m, contractId, orderId, 'update');
      if (!order) throw new NotFoundError('Order');
      const now = await this.clock.now(m);
      await changeOrderStatus(m, {
        orderId,
        event: 'close',
        closeReason: reason,
        closedAt: now,
        audit: {
          at: now,
          actor: officer,
          action: 'order.closed',
          entityType: 'contract',
          entityId: contractId,
          data: { orderId, reason },
        },
      });
      await setContractNextCheck(m, contractId, now);
      const row = await orderOfContract(m, contractId, orderId);
      if (!row) throw new NotFoundError('Order');
      return toOrderView(row);
    });
    this.deadlines.scheduleContract(contractId, new Date(0));
    return view;
  }
}
