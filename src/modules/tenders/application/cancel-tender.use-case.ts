import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { nextTenderStatus } from '../domain/tender-status';
import { changeTenderStatus } from '../infrastructure/tender-status.writer';
import { documentsOf } from '../infrastructure/tender-document-store';
import { amendmentsOf, lockTender } from '../infrastructure/tender-store';
import { TenderLifecycleHooks } from './tender-lifecycle-hooks';
import { toTenderView, TenderView } from './tender-view';

/**
 * DOMAIN.md §3–4: any time before the submission deadline; after it only for force
 * majeure; never once a contract is countersigned. Bids never opened stay sealed forever.
 */
@Injectable()
export class CancelTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
    private readonly hooks: TenderLifecycleHooks,
  ) {}

  async execute(
    actor: Actor,
    id: string,
    reason: string,
    reasonType?: string,
  ): Promise<TenderView> {
    const view = await this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, id, 'update');
      nextTenderStatus(tender.status, 'cancel');
      const now = await this.clock.now(m);
      const pastDeadline = tender.status !== 'draft' && now >= tender.submissionDeadline;
      if (pastDeadline && reasonType !== 'force_majeure') {
        throw new InvalidStateError(
          'After the submission deadline a tender can be cancelled only for force majeure',
          tender.status,
        );
      }
      const cancelled = {
        cancelledAt: now,
        cancellation: { reason, reasonType: reasonType ?? null, by: actor.id },
        nextCheckAt: null,
      };
      const status = await changeTenderStatus(m, {
        tenderId: id,
        event: 'cancel',
        at: now,
        set: cancelled,
        audit: {
          at: now,
          actor,
          action: 'tender.cancelled',
          entityType: 'tender',
          entityId: id,
          data: { reason, reasonType: reasonType ?? null },
        },
      });
      await this.hooks.cancelled(m, id, now);
      Object.assign(tender, cancelled, { status, updatedAt: now });
      return toTenderView(tender, await amendmentsOf(m, id), await documentsOf(m, [id]));
    });
    this.deadlines.scheduleTender(id, null);
    return view;
  }
}
