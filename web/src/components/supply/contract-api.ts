import { api, unwrap, type Schemas } from '../../api/client';

export type Contract = Schemas['ContractResponse'];
export type Order = Schemas['OrderResponse'];
export type OrderStatus = Order['status'];
export type Delivery = Schemas['DeliveryResponse'];
export type ProductionReport = Schemas['ProductionReportResponse'];

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'placed',
  'overdue',
  'fulfilled',
  'fulfilled_late',
  'failed',
];

/** An order still waiting for goods: deliveries and closing are open to it. */
export function isOpen(order: Order): boolean {
  return order.status === 'placed' || order.status === 'overdue';
}

/** "main" → the item's name, as the contract lists it. */
export function itemName(contract: Contract, code: string): string {
  return contract.items.find((i) => i.code === code)?.name ?? code;
}

export async function fetchOrders(id: string, stageYear: number | null, status: string | null) {
  return unwrap(
    await api.GET('/api/v1/contracts/{id}/orders', {
      params: {
        path: { id },
        query: {
          limit: 100,
          ...(stageYear === null ? {} : { stageYear }),
          ...(status === null ? {} : { status: status as OrderStatus }),
        },
      },
    }),
  );
}
