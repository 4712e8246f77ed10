import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { acceptedQuantity, stageProgress, type StageProgress } from '../domain/supply-rules';
import {
  countOrders,
  ordersOfContract,
  type OrderFilter,
  type OrderRow,
} from '../infrastructure/supply-order-rows';
import { readableContract } from './lock-supply-contract';
import { productionReportsOf } from '../infrastructure/production-report-rows';
import { toProductionReportView } from './production-report-view';
import { toOrderView, type OrderView } from './order-view';
import type { ContractItem, ContractStage } from '../domain/contract-stages';

/** Orders, stages and production reports of a contract: officers, auditors and the owning investor (others 404). */
@Injectable()
export class OrdersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    caller: AuthUser,
    contractId: string,
    filter: OrderFilter,
    limit: number,
    offset: number,
  ): Promise<{ items: OrderView[]; total: number }> {
    const m = this.dataSource.manager;
    await readableContract(m, caller, contractId);
    const total = await countOrders(m, contractId, filter);
    const rows = await ordersOfContract(m, contractId, filter, limit, offset);
    return { items: rows.map(toOrderView), total };
  }

  async productionReports(caller: AuthUser, contractId: string) {
    const m = this.dataSource.manager;
    await readableContract(m, caller, contractId);
    const items = (await productionReportsOf(m, contractId)).map(toProductionReportView);
    return { items, total: items.length };
  }

  async stages(caller: AuthUser, contractId: string): Promise<{ stages: StageProgress[] }> {
    const m = this.dataSource.manager;
    const contract = await readableContract(m, caller, contractId);
    return { stages: supplyStages(contract, await ordersOfContract(m, contractId, {})) };
  }
}

/** Each stage with its items' planned, ordered, delivered and accepted quantity and value. */
export function supplyStages(
  contract: { stages: readonly ContractStage[]; items: readonly ContractItem[] },
  orders: OrderRow[],
): StageProgress[] {
  return stageProgress(
    contract.stages,
    contract.items,
    orders.map((o) => {
      const deliveries = o.deliveries.map((d) => ({
        quantity: d.quantity,
        acceptedQuantity: d.accepted_quantity,
      }));
      return {
        stageYear: o.stage_year,
        item: o.item,
        quantity: o.quantity,
        deliveredQuantity: deliveries.reduce((sum, d) => sum + d.quantity, 0),
        acceptedQuantity: acceptedQuantity(deliveries),
      };
    }),
  );
}
