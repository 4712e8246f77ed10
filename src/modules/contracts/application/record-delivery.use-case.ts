import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { activeOfficerIds } from '../../accounts';
import { appendAuditEvent } from '../../audit';
import { notify } from '../../notifications';
import { OPEN_ORDER_STATUSES } from '../domain/order-status';
import { undeliveredQuantity } from '../domain/supply-rules';
import { insertDelivery, orderOfContract } from '../infrastructure/supply-order-rows';
import { assertEvidenceOf } from './contract-documents';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toDeliveryView, type DeliveryView } from './order-view';

/**
 * The owning investor records goods delivered on an open order, with its waybill and УПД
 * as contract evidence (sealed at rest like milestone evidence); the officer who placed the
 * order is told a delivery awaits acceptance (CONTRACT.md §3).
 */
@Injectable()
export class RecordDeliveryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    investor: AuthUser,
    contractId: string,
    orderId: string,
    delivery: { quantity: number; note: string; documentIds?: string[] },
  ): Promise<DeliveryView> {
    return this.dataSource.transaction(async (m) => {
      await lockActiveSupplyContract(m, investor, contractId);
      const order = await orderOfContract(m, contractId, orderId, 'update');
      if (!order) throw new NotFoundError('Order');
      if (!OPEN_ORDER_STATUSES.includes(order.status))
        throw new InvalidStateError(`A ${order.status} order takes no delivery`, order.status);
      const room = undeliveredQuantity(
        order.quantity,
        order.deliveries.map((d) => ({
          quantity: d.quantity,
          acceptedQuantity: d.accepted_quantity,
        })),
      );
      if (delivery.quantity > room) {
        throw new DomainError(
          'DELIVERY_EXCEEDS_ORDER',
          `The order has ${room} undelivered of ${order.quantity}`,
          { undelivered: room },
        );
      }
      const documentIds = delivery.documentIds ?? [];
      await assertEvidenceOf(m, contractId, documentIds);
      const now = await this.clock.now(m);
      const id = randomUUID();
      await insertDelivery(m, {
        id,
        orderId,
        contractId,
        quantity: delivery.quantity,
        note: delivery.note,
        documentIds,
        submittedBy: investor.id,
        submittedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'order.delivery_recorded',
        entityType: 'contract',
        entityId: contractId,
        data: { orderId, deliveryId: id, quantity: delivery.quantity, documentIds },
      });
      await notify(m, await activeOfficerIds(m, [order.placed_by]), {
        kind: 'delivery_awaiting_acceptance',
        subjectType: 'order',
        subjectId: orderId,
        message: `${delivery.quantity} × ${order.item} delivered on the order due ${order.deliver_by}: awaiting acceptance`,
        at: now,
      });
      return toDeliveryView({
        id,
        quantity: delivery.quantity,
        note: delivery.note,
        document_ids: documentIds,
        submitted_at: now.toISOString(),
        accepted_quantity: null,
        comment: null,
        officer_id: null,
        accepted_at: null,
      });
    });
  }
}
