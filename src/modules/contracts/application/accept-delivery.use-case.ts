import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { refuse } from '../../../common/errors/field-refusal';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit';
import { acceptanceEvent, nextOrderStatus, OPEN_ORDER_STATUSES } from '../domain/order-status';
import { acceptedQuantity } from '../domain/supply-rules';
import { setContractNextCheck } from '../infrastructure/contract-rows';
import { changeOrderStatus } from '../infrastructure/order-status.writer';
import { orderOfContract, recordAcceptance } from '../infrastructure/supply-order-rows';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toOrderView, type OrderView } from './order-view';

/**
 * An officer accepts a delivery once, in whole or in part (0 rejects it); when the order's
 * accepted quantity reaches the ordered one it is fulfilled, late if after its due day
 * (CONTRACT.md §3). The acceptance and the order's step are one transaction and one event.
 */
@Injectable()
export class AcceptDeliveryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    officer: AuthUser,
    contractId: string,
    orderId: string,
    deliveryId: string,
    decision: { acceptedQuantity: number; comment: string },
  ): Promise<OrderView> {
    const view = await this.dataSource.transaction(async (m) => {
      await lockActiveSupplyContract(m, officer, contractId);
      const order = await orderOfContract(m, contractId, orderId, 'update');
      if (!order) throw new NotFoundError('Order');
      const delivery = order.deliveries.find((d) => d.id === deliveryId);
      if (!delivery) throw new NotFoundError('Delivery');
      if (delivery.accepted_quantity !== null)
        throw new InvalidStateError('This delivery is already decided', 'accepted');
      if (!OPEN_ORDER_STATUSES.includes(order.status))
        throw new InvalidStateError(`A ${order.status} order takes no acceptance`, order.status);
      if (decision.acceptedQuantity > delivery.quantity) {
        refuse(
          'acceptedQuantity',
          `acceptedQuantity must be at most the ${delivery.quantity} delivered`,
          'acceptedAtMostDelivered',
          delivery.quantity,
        );
      }
      const now = await this.clock.now(m);
      await recordAcceptance(m, {
        deliveryId,
        acceptedQuantity: decision.acceptedQuantity,
        comment: decision.comment,
        officerId: officer.id,
        at: now,
      });
      const accepted = acceptedQuantity([
        ...order.deliveries
          .filter((d) => d.id !== deliveryId)
          .map((d) => ({ quantity: d.quantity, acceptedQuantity: d.accepted_quantity })),
        { quantity: delivery.quantity, acceptedQuantity: decision.acceptedQuantity },
      ]);
      const event = acceptanceEvent(accepted, order.quantity, now, order.due_at);
      const status = event ? nextOrderStatus(order.status, event) : order.status;
      const audit = {
        at: now,
        actor: officer,
        action: 'order.delivery_accepted' as const,
        entityType: 'contract' as const,
        entityId: contractId,
        data: {
          orderId,
          deliveryId,
          acceptedQuantity: decision.acceptedQuantity,
          deliveredQuantity: delivery.quantity,
          status,
          comment: decision.comment,
        },
      };
      if (event) {
        await changeOrderStatus(m, { orderId, event, fulfilledAt: now, audit });
        await setContractNextCheck(m, contractId, now);
      } else {
        await appendAuditEvent(m, audit);
      }
      const row = await orderOfContract(m, contractId, orderId);
      if (!row) throw new NotFoundError('Order');
      return toOrderView(row);
    });
    this.deadlines.scheduleContract(contractId, new Date(0));
    return view;
  }
}
