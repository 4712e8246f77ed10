import { Money } from '../../../common/money/money';
import { acceptedQuantity, valueOf } from '../domain/supply-rules';
import type { OrderRow } from '../infrastructure/supply-order-rows';

export interface DeliveryView {
  id: string;
  quantity: number;
  note: string;
  documentIds: string[];
  submittedAt: string;
  acceptance: { acceptedQuantity: number; comment: string; officerId: string; at: string } | null;
}

export interface OrderView {
  id: string;
  contractId: string;
  stageYear: number;
  item: string;
  quantity: number;
  unitPriceRub: string;
  valueRub: string;
  deliverBy: string;
  dueAt: string;
  status: string;
  placedAt: string;
  closeReason: string | null;
  deliveredQuantity: number;
  acceptedQuantity: number;
  acceptedValueRub: string;
  deliveries: DeliveryView[];
}

export function toDeliveryView(d: OrderRow['deliveries'][number]): DeliveryView {
  return {
    id: d.id,
    quantity: d.quantity,
    note: d.note,
    documentIds: d.document_ids,
    submittedAt: new Date(d.submitted_at).toISOString(),
    acceptance:
      d.accepted_quantity !== null && d.officer_id && d.accepted_at
        ? {
            acceptedQuantity: d.accepted_quantity,
            comment: d.comment ?? '',
            officerId: d.officer_id,
            at: new Date(d.accepted_at).toISOString(),
          }
        : null,
  };
}

/** CONTRACT.md §6's order, built field by field. */
export function toOrderView(o: OrderRow): OrderView {
  const deliveries = o.deliveries.map((d) => ({
    quantity: d.quantity,
    acceptedQuantity: d.accepted_quantity,
  }));
  const accepted = acceptedQuantity(deliveries);
  return {
    id: o.id,
    contractId: o.contract_id,
    stageYear: o.stage_year,
    item: o.item,
    quantity: o.quantity,
    unitPriceRub: Money.parse(o.unit_price_rub).toString(),
    valueRub: valueOf(o.quantity, o.unit_price_rub),
    deliverBy: o.deliver_by,
    dueAt: o.due_at.toISOString(),
    status: o.status,
    placedAt: o.placed_at.toISOString(),
    closeReason: o.close_reason,
    deliveredQuantity: deliveries.reduce((sum, d) => sum + d.quantity, 0),
    acceptedQuantity: accepted,
    acceptedValueRub: valueOf(accepted, o.unit_price_rub),
    deliveries: o.deliveries.map(toDeliveryView),
  };
}
