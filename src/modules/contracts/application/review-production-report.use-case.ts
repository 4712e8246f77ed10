import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit';
import { setContractNextCheck } from '../infrastructure/contract-rows';
import {
  productionReportOf,
  recordProductionReview,
} from '../infrastructure/production-report-rows';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toProductionReportView, type ProductionReportView } from './production-report-view';

/** An auditor accepts or rejects a production report, once (CONTRACT.md §4). */
@Injectable()
export class ReviewProductionReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    auditor: AuthUser,
    contractId: string,
    reportId: string,
    decision: 'accepted' | 'rejected',
    comment: string,
  ): Promise<ProductionReportView> {
    const view = await this.dataSource.transaction(async (m) => {
      await lockActiveSupplyContract(m, auditor, contractId);
      const report = await productionReportOf(m, contractId, reportId);
      if (!report) throw new NotFoundError('Production report');
      if (report.decision)
        throw new InvalidStateError('This report is already reviewed', report.decision);
      const now = await this.clock.now(m);
      await recordProductionReview(m, {
        reportId,
        decision,
        comment,
        reviewerId: auditor.id,
        at: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: auditor,
        action: `production_report.${decision}`,
        entityType: 'contract',
        entityId: contractId,
        data: { reportId, year: report.year, comment },
      });
      // An accepted report ends the wait for that year: the chronograph recomputes.
      await setContractNextCheck(m, contractId, now);
      return toProductionReportView({
        ...report,
        decision,
        comment,
        reviewer_id: auditor.id,
        reviewed_at: now,
      });
    });
    this.deadlines.scheduleContract(contractId, new Date(0));
    return view;
  }
}
