import { nextStatus, type TransitionTable } from '../../../common/status/transition-table';

export const ORDER_STATUSES = [
  'placed',
  'fulfilled',
  'overdue',
  'fulfilled_late',
  'failed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** An officer's call-off starts `placed` (CONTRACT.md §3). */
export const ORDER_INITIAL_STATUS: OrderStatus = 'placed';

export type OrderEvent = 'fulfil_on_time' | 'fulfil_late' | 'fall_overdue' | 'close';

/**
 * CONTRACT.md §3 as a table: fully accepted by the end of `deliverBy`, the order is
 * fulfilled; not by then, the chronograph makes it overdue, and the rest accepted later
 * makes it fulfilled late (also when acceptance comes after the due instant but before the
 * worker ran); an officer closes an order that will not be fulfilled as failed.
 */
export const ORDER_TRANSITIONS: TransitionTable<OrderStatus, OrderEvent> = {
  fulfil_on_time: { from: ['placed'], to: 'fulfilled' },
  fulfil_late: { from: ['placed', 'overdue'], to: 'fulfilled_late' },
  fall_overdue: { from: ['placed'], to: 'overdue' },
  close: { from: ['placed', 'overdue'], to: 'failed' },
};

export function nextOrderStatus(status: OrderStatus, event: OrderEvent): OrderStatus {
  return nextStatus(ORDER_TRANSITIONS, 'order', status, event);
}

/** Orders that still wait for goods: deliveries and acceptance apply to them only. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ['placed', 'overdue'];

/**
 * The step an acceptance takes: none until the accepted quantity reaches the ordered one;
 * then fulfilled, on time only if accepted by the end of the `deliverBy` day.
 */
export function acceptanceEvent(
  accepted: number,
  ordered: number,
  at: Date,
  dueAt: Date,
): OrderEvent | null {
  if (accepted < ordered) return null;
  return at.getTime() <= dueAt.getTime() ? 'fulfil_on_time' : 'fulfil_late';
}
