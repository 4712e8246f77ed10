import type { EntityManager } from 'typeorm';

/**
 * A supply order as OCDS publishes it (CONTRACT.md §6): a `contracts[].implementation.
 * milestones[]` entry of type `delivery` — `scheduled` while placed, `met` when fulfilled
 * (late: with `dateMet` after `dueDate`), `notMet` when overdue or failed.
 */
export interface OrderOfTender {
  id: string;
  contractId: string;
  stageYear: number;
  item: string;
  quantity: number;
  unitPriceRub: string;
  /** The end of the deliverBy Moscow day. */
  dueDate: Date;
  status: 'placed' | 'fulfilled' | 'overdue' | 'fulfilled_late' | 'failed';
  /** When the last units were accepted (fulfilled, fulfilled late); else null. */
  fulfilledAt: Date | null;
  acceptedQuantity: number;
}

/** The orders of a tender's contracts, by due date. */
export function ordersOfTender(m: EntityManager, tenderId: string): Promise<OrderOfTender[]> {
  return m.query<OrderOfTender[]>(
    `SELECT o.id, o.contract_id AS "contractId", o.stage_year AS "stageYear", o.item, o.quantity,
       o.unit_price_rub::text AS "unitPriceRub", o.due_at AS "dueDate", o.status,
       o.fulfilled_at AS "fulfilledAt",
       (SELECT COALESCE(sum(d.accepted_quantity), 0)::int FROM supply_deliveries d
        WHERE d.order_id = o.id) AS "acceptedQuantity"
     FROM supply_orders o JOIN contracts c ON c.id = o.contract_id
     WHERE c.tender_id = $1 ORDER BY o.due_at, o.placed_at, o.id`,
    [tenderId],
  );
}
