import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error';
import { refuse, validationFailed } from '../../../common/errors/field-refusal';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { activeUserIdsOfOrganizations } from '../../accounts';
import { endOfMoscowDay, isIsoDate, moscowDate } from '../../calendar';
import { notify } from '../../notifications';
import { ORDER_INITIAL_STATUS } from '../domain/order-status';
import { checkOrder, ORDER_LEAD_DAYS, type OrderRequest } from '../domain/supply-rules';
import { setContractNextCheck } from '../infrastructure/contract-rows';
import { appendAuditEvent } from '../../audit';
import {
  insertOrder,
  orderedByStageAndItem,
  orderOfContract,
} from '../infrastructure/supply-order-rows';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toOrderView, type OrderView } from './order-view';

/**
 * An officer calls off goods against a stage of an active contract (CONTRACT.md §3). The
 * contract's row is locked, so two orders never both fit the last of a stage's plan; the
 * investor is told in the same transaction, and the chronograph watches the due date.
 */
@Injectable()
export class PlaceOrderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async execute(officer: AuthUser, contractId: string, order: OrderRequest): Promise<OrderView> {
    if (!isIsoDate(order.deliverBy)) {
      refuse('deliverBy', 'deliverBy must be a date YYYY-MM-DD', 'isIsoDate');
    }
    const view = await this.dataSource.transaction(async (m) => {
      const contract = await lockActiveSupplyContract(m, officer, contractId);
      const now = await this.clock.now(m);
      const ordered = await orderedByStageAndItem(m, contractId);
      const checked = checkOrder(order, {
        items: contract.items,
        stages: contract.stages,
        today: moscowDate(now),
        // DOMAIN.md §3: sandbox enforces only the order of dates (never in the past).
        leadDays: this.config.sandbox ? 0 : ORDER_LEAD_DAYS,
        orderedInStage: (year, item) => ordered.get(`${year}/${item}`) ?? 0,
      });
      if ('code' in checked) {
        if (checked.code === 'ORDER_EXCEEDS_PLAN')
          throw new DomainError(checked.code, checked.message, checked.details);
        throw validationFailed(checked.refusal.errors.join('; '), [checked.refusal]);
      }
      const id = randomUUID();
      await insertOrder(m, {
        id,
        contractId,
        stageYear: checked.stageYear,
        item: order.item,
        quantity: order.quantity,
        unitPriceRub: checked.unitPriceRub,
        deliverBy: order.deliverBy,
        dueAt: endOfMoscowDay(order.deliverBy),
        status: ORDER_INITIAL_STATUS,
        placedBy: officer.id,
        placedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: officer,
        action: 'order.placed',
        entityType: 'contract',
        entityId: contractId,
        data: {
          orderId: id,
          stageYear: checked.stageYear,
          item: order.item,
          quantity: order.quantity,
          deliverBy: order.deliverBy,
        },
      });
      const users = await activeUserIdsOfOrganizations(m, [contract.organization_id]);
      await notify(m, users, {
        kind: 'order_placed',
        subjectType: 'order',
        subjectId: id,
        message: `New order: ${order.quantity} × ${order.item}, deliver by ${order.deliverBy}`,
        at: now,
      });
      // The order's due date joins the contract's next check (the chronograph recomputes it).
      await setContractNextCheck(m, contractId, now);
      const row = await orderOfContract(m, contractId, id);
      if (!row) throw new NotFoundError('Order');
      return toOrderView(row);
    });
    this.deadlines.scheduleContract(contractId, new Date(0));
    return view;
  }
}
