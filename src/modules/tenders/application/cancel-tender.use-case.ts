import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { canTransition } from '../domain/tender-status';
import { TenderEntity } from '../infrastructure/tender.entity';
import { documentsOf } from '../infrastructure/tender-document-store';
import { amendmentsOf, lockTender } from '../infrastructure/tender-store';
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
  ) {}

  async execute(
    actor: Actor,
    id: string,
    reason: string,
    reasonType?: string,
  ): Promise<TenderView> {
    const view = await this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, id, 'update');
      if (!canTransition(tender.status, 'cancel')) {
        throw new InvalidStateError(
          `A tender in ${tender.status} cannot be cancelled`,
          tender.status,
        );
      }
      const now = await this.clock.now(m);
      const pastDeadline = tender.status !== 'draft' && now >= tender.submissionDeadline;
      if (pastDeadline && reasonType !== 'force_majeure') {
        throw new InvalidStateError(
          'After the submission deadline a tender can be cancelled only for force majeure',
          tender.status,
        );
      }
      Object.assign(tender, {
        status: 'cancelled',
        cancelledAt: now,
        cancellation: { reason, reasonType: reasonType ?? null, by: actor.id },
        updatedAt: now,
        nextCheckAt: null,
      });
      await m.save(TenderEntity, tender);
      // A contract still awaiting signatures dies with the tender.
      await m.query(
        `UPDATE contracts SET status = 'refused', next_check_at = NULL WHERE tender_id = $1 AND status = 'pending_signature'`,
        [id],
      );
      await appendAuditEvent(m, {
        at: now,
        actor,
        action: 'tender.cancelled',
        entityType: 'tender',
        entityId: id,
        data: { reason, reasonType: reasonType ?? null },
      });
      return toTenderView(tender, await amendmentsOf(m, id), await documentsOf(m, [id]));
    });
    this.deadlines.scheduleTender(id, null);
    return view;
  }
}
