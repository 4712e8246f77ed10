import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { changeTenderBidsStatus } from '../../bids';
import { changePendingAwardStatus } from '../../evaluation';
import { reopenProtocol } from '../../evaluation';
import { changeTenderStatus } from '../../tenders';
import { decideComplaint } from '../infrastructure/complaint-status.writer';
import { ComplaintView, toComplaintView } from './complaint-view';
import { extendStandstillTo } from '../../evaluation';
import { setTenderNextCheck, tenderStatusForUpdate } from '../../tenders';

/**
 * The admin records the review body's (FAS) decision (DOMAIN.md §7). Upheld: the award is
 * cancelled and the tender goes back to evaluation with the protocol reopened. Dismissed:
 * the stand-still ends at the later of its end and the decision.
 */
@Injectable()
export class DecideComplaintUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    admin: AuthUser,
    tenderId: string,
    complaintId: string,
    decision: 'upheld' | 'dismissed',
    reason: string,
  ): Promise<ComplaintView> {
    const view = await this.dataSource.transaction(async (m) => {
      const tender = await tenderStatusForUpdate(m, tenderId);
      // The review body decides on a stand-still; a tender cancelled meanwhile stays cancelled.
      if (!tender || tender.status !== 'standstill') {
        throw new InvalidStateError(
          'Complaints are decided during the stand-still',
          tender?.status ?? 'missing',
        );
      }
      const now = await this.clock.now(m);
      const row = await decideComplaint(m, {
        tenderId,
        complaintId,
        event: decision === 'upheld' ? 'uphold' : 'dismiss',
        decidedBy: admin.id,
        reason,
        at: now,
        audit: {
          at: now,
          actor: admin,
          action: `complaint.${decision}`,
          entityType: 'complaint',
          entityId: complaintId,
          data: { tenderId, reason },
        },
      });
      if (decision === 'upheld') {
        // The complaint's event records the award cancelled and the evaluation reopened.
        await changePendingAwardStatus(m, tenderId, 'uphold_complaint');
        await reopenProtocol(m, tenderId);
        await changeTenderBidsStatus(m, {
          tenderId,
          event: 'reopen_evaluation',
          at: now,
          audit: null,
        });
        await changeTenderStatus(m, {
          tenderId,
          event: 'uphold_complaint',
          at: now,
          audit: null,
        });
      } else {
        await extendStandstillTo(m, tenderId, now);
      }
      // Due now: the chronograph recomputes the tender's next check from the new state.
      await setTenderNextCheck(m, tenderId, now);
      return toComplaintView(row);
    });
    this.deadlines.scheduleTender(tenderId, new Date(0));
    return view;
  }
}
