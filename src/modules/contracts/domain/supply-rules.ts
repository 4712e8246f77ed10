import Decimal from 'decimal.js';
import { refusal, type FieldError } from '../../../common/errors/field-refusal';
import { addDays } from '../../calendar';
import { stageOfDate, type ContractItem, type ContractStage } from './contract-stages';

/** Calendar days between placing an order and its `deliverBy` (CONTRACT.md §3 default). */
export const ORDER_LEAD_DAYS = 30;

export type OrderRefusal =
  | { code: 'VALIDATION_FAILED'; refusal: FieldError }
  | { code: 'ORDER_EXCEEDS_PLAN'; message: string; details: { planned: number; ordered: number } };

export interface OrderRequest {
  item: string;
  quantity: number;
  /** Moscow date, due at the end of that day. */
  deliverBy: string;
}

export interface OrderContext {
  items: readonly ContractItem[];
  stages: readonly ContractStage[];
  /** The Moscow date the order is placed on. */
  today: string;
  /** Lead time in calendar days; 0 where it is not enforced (sandbox). */
  leadDays: number;
  /** Already ordered of this item in the order's stage (a failed order: what it got accepted). */
  orderedInStage: (stageYear: number, item: string) => number;
}

/**
 * CONTRACT.md §3: an order names an item of the contract, a `deliverBy` inside a stage and
 * at least the lead time ahead (never in the past), and with the orders before it stays
 * within the stage's plan for that item. Returns the stage year, or why it is refused.
 */
export function checkOrder(
  order: OrderRequest,
  ctx: OrderContext,
): { stageYear: number; unitPriceRub: string } | OrderRefusal {
  const item = ctx.items.find((i) => i.code === order.item);
  if (!item) {
    return {
      code: 'VALIDATION_FAILED',
      refusal: refusal('item', `no item ${order.item}`, 'unknownItem', order.item),
    };
  }
  const stage = stageOfDate(ctx.stages, order.deliverBy);
  if (!stage) {
    return {
      code: 'VALIDATION_FAILED',
      refusal: refusal(
        'deliverBy',
        `${order.deliverBy} is in no stage of the contract`,
        'deliverByOutsideStages',
        order.deliverBy,
      ),
    };
  }
  const earliest = addDays(ctx.today, ctx.leadDays);
  if (order.deliverBy < earliest) {
    return {
      code: 'VALIDATION_FAILED',
      refusal: refusal(
        'deliverBy',
        `deliverBy must be ${earliest} or later (${ctx.leadDays} days of lead time)`,
        'deliverByTooSoon',
        earliest,
        ctx.leadDays,
      ),
    };
  }
  const planned = item.quantityByYear[stage.year - 1] ?? 0;
  const ordered = ctx.orderedInStage(stage.year, item.code);
  if (ordered + order.quantity > planned) {
    return {
      code: 'ORDER_EXCEEDS_PLAN',
      message: `Year ${stage.year} plans ${planned} of ${item.code}; ${ordered} are ordered already`,
      details: { planned, ordered },
    };
  }
  return { stageYear: stage.year, unitPriceRub: item.unitPriceRub };
}

export interface DeliveryFacts {
  quantity: number;
  /** Null while the officer has not decided. */
  acceptedQuantity: number | null;
}

/**
 * What the investor may still deliver on an order: the ordered quantity less what was
 * accepted and what awaits acceptance. Units rejected may be delivered again.
 */
export function undeliveredQuantity(ordered: number, deliveries: readonly DeliveryFacts[]): number {
  const committed = deliveries.reduce((sum, d) => sum + (d.acceptedQuantity ?? d.quantity), 0);
  return Math.max(0, ordered - committed);
}

export function acceptedQuantity(deliveries: readonly DeliveryFacts[]): number {
  return deliveries.reduce((sum, d) => sum + (d.acceptedQuantity ?? 0), 0);
}

export function valueOf(quantity: number, unitPriceRub: string): string {
  return new Decimal(unitPriceRub).times(quantity).toFixed(2);
}

export interface StageOrderFacts {
  stageYear: number;
  item: string;
  quantity: number;
  deliveredQuantity: number;
  acceptedQuantity: number;
}

export interface QuantityAndValue {
  quantity: number;
  valueRub: string;
}

export interface StageItemProgress {
  item: string;
  unitPriceRub: string;
  planned: QuantityAndValue;
  ordered: QuantityAndValue;
  delivered: QuantityAndValue;
  accepted: QuantityAndValue;
}

export interface StageProgress extends ContractStage {
  items: StageItemProgress[];
}

/** CONTRACT.md §3: each stage with planned / ordered / delivered / accepted per item. */
export function stageProgress(
  stages: readonly ContractStage[],
  items: readonly ContractItem[],
  orders: readonly StageOrderFacts[],
): StageProgress[] {
  return stages.map((stage) => ({
    ...stage,
    items: items
      .filter((i) => (i.quantityByYear[stage.year - 1] ?? 0) > 0)
      .map((i) => {
        const mine = orders.filter((o) => o.stageYear === stage.year && o.item === i.code);
        const sum = (pick: (o: StageOrderFacts) => number) => {
          const quantity = mine.reduce((s, o) => s + pick(o), 0);
          return { quantity, valueRub: valueOf(quantity, i.unitPriceRub) };
        };
        const planned = i.quantityByYear[stage.year - 1] ?? 0;
        return {
          item: i.code,
          unitPriceRub: i.unitPriceRub,
          planned: { quantity: planned, valueRub: valueOf(planned, i.unitPriceRub) },
          ordered: sum((o) => o.quantity),
          delivered: sum((o) => o.deliveredQuantity),
          accepted: sum((o) => o.acceptedQuantity),
        };
      }),
  }));
}
