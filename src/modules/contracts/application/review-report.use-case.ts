import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { nextMilestoneStatus, reviewEvent } from '../domain/milestone-status';
import { changeMilestoneStatus } from '../infrastructure/milestone-status.writer';
import { lockMilestone } from './lock-active-contract';
import { setContractNextCheck } from '../infrastructure/contract-rows';
import { recordReview, reportOfMilestone } from '../infrastructure/milestone-reports.store';

/**
 * An auditor's verdict on a report, once (DOMAIN.md §8). Accepted: the milestone is `met`
 * if the report came by the due date, else `met_late`. Rejected: back to `pending`, or
 * `overdue` when past due.
 */
@Injectable()
export class ReviewReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    auditor: AuthUser,
    contractId: string,
    milestoneId: string,
    reportId: string,
    decision: 'accepted' | 'rejected',
    comment: string,
  ): Promise<{ milestoneId: string; status: string }> {
    const result = await this.dataSource.transaction(async (m) => {
      const milestone = await lockMilestone(m, auditor, contractId, milestoneId);
      const report = await reportOfMilestone(m, reportId, milestoneId);
      if (!report) throw new NotFoundError('Report');
      if (report.decision)
        throw new InvalidStateError('This report is already reviewed', report.decision);
      const now = await this.clock.now(m);
      const event = reviewEvent(decision, report.submitted_at, milestone.dueDate, now);
      const status = nextMilestoneStatus(milestone.status, event);
      await recordReview(m, {
        reportId,
        decision,
        comment,
        reviewerId: auditor.id,
        at: now,
      });
      await changeMilestoneStatus(m, {
        milestoneId,
        event,
        metAt: decision === 'accepted' ? report.submitted_at : null,
        audit: {
          at: now,
          actor: auditor,
          action: `milestone.report_${decision}`,
          entityType: 'contract',
          entityId: contractId,
          data: { milestoneId, reportId, status, comment },
        },
      });
      // A pending milestone waits on time again: the chronograph recomputes the next check.
      await setContractNextCheck(m, contractId, now);
      return { milestoneId, status };
    });
    this.deadlines.scheduleContract(contractId, new Date(0));
    return result;
  }
}
