import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { validationFailed } from '../../../common/errors/field-refusal';
import { appendAuditEvent } from '../../audit';
import { moscowDate, yearOf } from '../../calendar';
import { productionReportProblem } from '../domain/production-reports';
import {
  insertProductionReport,
  productionReportClock,
  productionReportsOf,
} from '../infrastructure/production-report-rows';
import { assertEvidenceOf } from './contract-documents';
import { lockActiveSupplyContract } from './lock-supply-contract';
import { toProductionReportView, type ProductionReportView } from './production-report-view';

/**
 * The owning investor reports a year's production per item (CONTRACT.md §4), for a year
 * that has ended and had accepted deliveries; one report waits for review at a time, and a
 * year with an accepted report takes no other.
 */
@Injectable()
export class FileProductionReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    investor: AuthUser,
    contractId: string,
    report: { year: number; producedByItem: Record<string, number>; documentIds?: string[] },
  ): Promise<ProductionReportView> {
    return this.dataSource.transaction(async (m) => {
      const contract = await lockActiveSupplyContract(m, investor, contractId);
      const now = await this.clock.now(m);
      const clock = await productionReportClock(m, contractId);
      const problem = productionReportProblem(report, {
        currentYear: yearOf(moscowDate(now)),
        deliveryYears: clock.deliveryYears,
        itemCodes: contract.items.map((i) => i.code),
      });
      if (problem) throw validationFailed(problem.errors.join('; '), [problem]);
      const open = (await productionReportsOf(m, contractId)).find(
        (r) => r.year === report.year && r.decision !== 'rejected',
      );
      if (open) {
        throw new InvalidStateError(
          `The ${report.year} report is ${open.decision ?? 'awaiting review'}`,
          open.decision ?? 'submitted',
        );
      }
      const documentIds = report.documentIds ?? [];
      await assertEvidenceOf(m, contractId, documentIds);
      const id = randomUUID();
      await insertProductionReport(m, {
        id,
        contractId,
        year: report.year,
        producedByItem: report.producedByItem,
        documentIds,
        submittedBy: investor.id,
        submittedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'production_report.filed',
        entityType: 'contract',
        entityId: contractId,
        data: {
          reportId: id,
          year: report.year,
          producedByItem: report.producedByItem,
          documentIds,
        },
      });
      return toProductionReportView({
        id,
        contract_id: contractId,
        year: report.year,
        produced_by_item: report.producedByItem,
        document_ids: documentIds,
        submitted_at: now,
        decision: null,
        comment: null,
        reviewer_id: null,
        reviewed_at: null,
      });
    });
  }
}
