import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { canTransition } from '../../../common/status/transition-table';
import { MILESTONE_TRANSITIONS } from '../domain/milestone-status';
import { changeMilestoneStatus } from '../infrastructure/milestone-status.writer';
import { assertEvidenceOf } from './contract-documents';
import { lockMilestone } from './lock-active-contract';
import { insertMilestoneReport } from '../infrastructure/milestone-reports.store';

export interface ReportView {
  id: string;
  milestoneId: string;
  note: string;
  investedRub: string;
  documentIds: string[];
  submittedAt: string;
  review: null;
}

/**
 * The owning investor reports progress on a pending or overdue milestone; it becomes
 * `reported` until an auditor reviews the report (DOMAIN.md §8).
 */
@Injectable()
export class ReportProgressUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    investor: AuthUser,
    contractId: string,
    milestoneId: string,
    report: { note: string; investedRub: string; documentIds?: string[] },
  ): Promise<ReportView> {
    return this.dataSource.transaction(async (m) => {
      const milestone = await lockMilestone(m, investor, contractId, milestoneId);
      if (!canTransition(MILESTONE_TRANSITIONS, milestone.status, 'report')) {
        throw new InvalidStateError(
          `A ${milestone.status} milestone takes no new report`,
          milestone.status,
        );
      }
      const now = await this.clock.now(m);
      const id = randomUUID();
      const documentIds = report.documentIds ?? [];
      await assertEvidenceOf(m, contractId, documentIds);
      await insertMilestoneReport(m, {
        id,
        milestoneId,
        contractId,
        note: report.note,
        investedRub: report.investedRub,
        documentIds,
        submittedBy: investor.id,
        submittedAt: now,
      });
      await changeMilestoneStatus(m, {
        milestoneId,
        event: 'report',
        audit: {
          at: now,
          actor: investor,
          action: 'milestone.reported',
          entityType: 'contract',
          entityId: contractId,
          data: { milestoneId, reportId: id, investedRub: report.investedRub },
        },
      });
      return {
        id,
        milestoneId,
        note: report.note,
        investedRub: report.investedRub,
        documentIds,
        submittedAt: now.toISOString(),
        review: null,
      };
    });
  }
}
