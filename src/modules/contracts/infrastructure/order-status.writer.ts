import type { EntityManager } from 'typeorm';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import type { AuditEntry } from '../../audit';
import {
  nextOrderStatus,
  ORDER_TRANSITIONS,
  type OrderEvent,
  type OrderStatus,
} from '../domain/order-status';

export interface OrderStatusChange {
  orderId: string;
  event: OrderEvent;
  /** When the last units were accepted (fulfilled, fulfilled late). */
  fulfilledAt?: Date;
  /** The officer's reason for closing an order as failed, and when (its delay ends that day). */
  closeReason?: string;
  closedAt?: Date;
  audit: AuditEntry;
}

/**
 * The one writer of `supply_orders.status`, in the caller's transaction: an order moves
 * only as ORDER_TRANSITIONS allows (else 409 INVALID_STATE), with its audit event.
 */
export async function changeOrderStatus(
  m: EntityManager,
  change: OrderStatusChange,
): Promise<OrderStatus> {
  const { from, to } = ORDER_TRANSITIONS[change.event];
  const [, affected] = await m.query<[unknown[], number]>(
    `UPDATE supply_orders SET status = $3,
       fulfilled_at = COALESCE($4, fulfilled_at), close_reason = COALESCE($5, close_reason),
       closed_at = COALESCE($6, closed_at)
     WHERE id = $1 AND status = ANY($2::text[])`,
    [
      change.orderId,
      from,
      to,
      change.fulfilledAt ?? null,
      change.closeReason ?? null,
      change.closedAt ?? null,
    ],
  );
  if (!affected) {
    const [row] = await m.query<{ status: OrderStatus }[]>(
      'SELECT status FROM supply_orders WHERE id = $1',
      [change.orderId],
    );
    if (!row) throw new NotFoundError('Order');
    nextOrderStatus(row.status, change.event);
    throw new InvalidStateError(`The order is ${row.status}`, row.status);
  }
  await appendAuditEvent(m, change.audit);
  return to;
}
