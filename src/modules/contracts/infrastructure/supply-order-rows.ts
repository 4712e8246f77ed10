import type { EntityManager } from 'typeorm';
import type { OrderStatus } from '../domain/order-status';

export interface NewOrder {
  id: string;
  contractId: string;
  stageYear: number;
  item: string;
  quantity: number;
  unitPriceRub: string;
  deliverBy: string;
  dueAt: Date;
  status: OrderStatus;
  placedBy: string;
  placedAt: Date;
}

export async function insertOrder(m: EntityManager, o: NewOrder): Promise<void> {
  await m.query(
    `INSERT INTO supply_orders (id, contract_id, stage_year, item, quantity, unit_price_rub, deliver_by,
       due_at, status, placed_by, placed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      o.id,
      o.contractId,
      o.stageYear,
      o.item,
      o.quantity,
      o.unitPriceRub,
      o.deliverBy,
      o.dueAt,
      o.status,
      o.placedBy,
      o.placedAt,
    ],
  );
}

/**
 * Ordered so far per stage and item: a failed order counts only what it got accepted, so
 * the rest of the plan can be ordered again.
 */
export async function orderedByStageAndItem(
  m: EntityManager,
  contractId: string,
): Promise<Map<string, number>> {
  const rows = await m.query<{ stage_year: number; item: string; ordered: number }[]>(
    `SELECT o.stage_year, o.item,
       sum(CASE WHEN o.status = 'failed'
         THEN (SELECT COALESCE(sum(d.accepted_quantity), 0) FROM supply_deliveries d WHERE d.order_id = o.id)
         ELSE o.quantity END)::int AS ordered
     FROM supply_orders o WHERE o.contract_id = $1 GROUP BY o.stage_year, o.item`,
    [contractId],
  );
  return new Map(rows.map((r) => [`${r.stage_year}/${r.item}`, r.ordered]));
}

export interface DeliveryRow {
  id: string;
  quantity: number;
  note: string;
  document_ids: string[];
  submitted_at: string;
  accepted_quantity: number | null;
  comment: string | null;
  officer_id: string | null;
  accepted_at: string | null;
}

export interface OrderRow {
  id: string;
  contract_id: string;
  stage_year: number;
  item: string;
  quantity: number;
  unit_price_rub: string;
  deliver_by: string;
  due_at: Date;
  status: OrderStatus;
  placed_by: string;
  placed_at: Date;
  fulfilled_at: Date | null;
  close_reason: string | null;
  closed_at: Date | null;
  deliveries: DeliveryRow[];
}

const ORDER_WITH_DELIVERIES = `
  SELECT o.id, o.contract_id, o.stage_year, o.item, o.quantity, o.unit_price_rub,
    to_char(o.deliver_by, 'YYYY-MM-DD') AS deliver_by, o.due_at, o.status, o.placed_by,
    o.placed_at, o.fulfilled_at, o.close_reason, o.closed_at,
    COALESCE((SELECT json_agg(d ORDER BY d.submitted_at, d.id) FROM supply_deliveries d
      WHERE d.order_id = o.id), '[]') AS deliveries
  FROM supply_orders o`;

/** One order of the contract with its deliveries; `update` locks the order's row. */
export async function orderOfContract(
  m: EntityManager,
  contractId: string,
  orderId: string,
  lock: 'none' | 'update' = 'none',
): Promise<OrderRow | undefined> {
  const [row] = await m.query<OrderRow[]>(
    `${ORDER_WITH_DELIVERIES} WHERE o.id = $1 AND o.contract_id = $2${lock === 'update' ? ' FOR UPDATE OF o' : ''}`,
    [orderId, contractId],
  );
  return row;
}

export interface OrderFilter {
  stageYear?: number;
  status?: string;
}

function whereOf(contractId: string, f: OrderFilter) {
  const params: unknown[] = [contractId];
  const where = ['o.contract_id = $1'];
  if (f.stageYear !== undefined) where.push(`o.stage_year = $${params.push(f.stageYear)}`);
  if (f.status) where.push(`o.status = $${params.push(f.status)}`);
  return { clause: `WHERE ${where.join(' AND ')}`, params };
}

/** A page of the contract's orders, by due date. */
export function ordersOfContract(
  m: EntityManager,
  contractId: string,
  filter: OrderFilter,
  limit = 1000,
  offset = 0,
): Promise<OrderRow[]> {
  const { clause, params } = whereOf(contractId, filter);
  return m.query<OrderRow[]>(
    `${ORDER_WITH_DELIVERIES} ${clause} ORDER BY o.due_at, o.placed_at, o.id
     LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
    params,
  );
}

export async function countOrders(
  m: EntityManager,
  contractId: string,
  filter: OrderFilter,
): Promise<number> {
  const { clause, params } = whereOf(contractId, filter);
  const [{ total }] = await m.query<{ total: number }[]>(
    `SELECT count(*)::int AS total FROM supply_orders o ${clause}`,
    params,
  );
  return total;
}

export interface NewDelivery {
  id: string;
  orderId: string;
  contractId: string;
  quantity: number;
  note: string;
  documentIds: string[];
  submittedBy: string;
  submittedAt: Date;
}

export async function insertDelivery(m: EntityManager, d: NewDelivery): Promise<void> {
  await m.query(
    `INSERT INTO supply_deliveries (id, order_id, contract_id, quantity, note, document_ids, submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      d.id,
      d.orderId,
      d.contractId,
      d.quantity,
      d.note,
      d.documentIds,
      d.submittedBy,
      d.submittedAt,
    ],
  );
}

export async function recordAcceptance(
  m: EntityManager,
  a: { deliveryId: string; acceptedQuantity: number; comment: string; officerId: string; at: Date },
): Promise<void> {
  await m.query(
    `UPDATE supply_deliveries SET accepted_quantity = $2, comment = $3, officer_id = $4, accepted_at = $5
     WHERE id = $1`,
    [a.deliveryId, a.acceptedQuantity, a.comment, a.officerId, a.at],
  );
}

export interface ClockOrderRow {
  id: string;
  status: string;
  dueAt: Date;
  placedAt: Date;
  item: string;
  quantity: number;
  deliverBy: string;
}

/** Each contract's orders still waiting for goods, by due date, as the chronograph reads them. */
export async function openOrdersForClock(
  m: EntityManager,
  contractIds: readonly string[],
): Promise<Map<string, ClockOrderRow[]>> {
  const rows = await m.query<
    {
      contract_id: string;
      id: string;
      status: string;
      due_at: Date;
      placed_at: Date;
      item: string;
      quantity: number;
      deliver_by: string;
    }[]
  >(
    `SELECT contract_id, id, status, due_at, placed_at, item, quantity,
       to_char(deliver_by, 'YYYY-MM-DD') AS deliver_by
     FROM supply_orders WHERE contract_id = ANY($1::uuid[]) AND status = 'placed' ORDER BY due_at`,
    [contractIds],
  );
  const orders = new Map<string, ClockOrderRow[]>(contractIds.map((id) => [id, []]));
  for (const r of rows) {
    orders.get(r.contract_id)?.push({
      id: r.id,
      status: r.status,
      dueAt: r.due_at,
      placedAt: r.placed_at,
      item: r.item,
      quantity: r.quantity,
      deliverBy: r.deliver_by,
    });
  }
  return orders;
}
