import type { EntityManager } from 'typeorm';
import { tenderMaxContractSharePct } from '../../tenders';
import {
  complianceFindings,
  statusOfFindings,
  type ComplianceStatus,
  type Finding,
} from '../domain/compliance';
import type { StageProgress } from '../domain/supply-rules';
import type { ContractRecord } from '../infrastructure/contract-rows';
import {
  complianceMilestones,
  type ComplianceMilestoneRow,
} from '../infrastructure/milestone-rows';
import {
  confirmedLocalizationPct,
  verifiedInvestment,
} from '../infrastructure/milestone-reports.store';
import {
  acceptedUnitsByYear,
  productionReportClock,
  productionReportsOf,
  type ProductionReportRow,
} from '../infrastructure/production-report-rows';
import { ordersOfContract, type OrderRow } from '../infrastructure/supply-order-rows';
import { supplyStages } from './orders.query';

export interface ContractAssessment {
  status: ComplianceStatus;
  findings: Finding[];
  verifiedRub: string;
  milestones: ComplianceMilestoneRow[];
  orders: OrderRow[];
  /** Accepted production reports. */
  acceptedReports: ProductionReportRow[];
  stages: StageProgress[];
}

/**
 * The contract measured against what the winning bid promised (CONTRACT.md §4) at `asOf`:
 * the compliance view's verdict and the chronograph's outcome at the end of the term.
 */
export async function assessContract(
  m: EntityManager,
  contract: ContractRecord,
  asOf: Date,
): Promise<ContractAssessment> {
  const milestones = await complianceMilestones(m, contract.id);
  const verifiedRub = await verifiedInvestment(m, contract.id);
  const orders = await ordersOfContract(m, contract.id, {});
  const reports = (await productionReportsOf(m, contract.id)).filter(
    (r) => r.decision === 'accepted',
  );
  const clock = await productionReportClock(m, contract.id);
  const findings = complianceFindings({
    contractId: contract.id,
    asOf,
    buildDeadline: contract.build_deadline ?? asOf,
    promised: {
      // A contract opened before the promise was copied holds the bid's investment anyway.
      investmentRub: contract.promised?.investmentRub ?? contract.investment_committed_rub,
      localizationPct: contract.promised?.localizationPct ?? null,
    },
    verifiedInvestmentRub: verifiedRub,
    milestones: milestones.map((x) => ({
      id: x.id,
      code: x.code,
      status: x.status,
      dueDate: x.due_date,
      plannedInvestmentRub: x.planned,
    })),
    confirmedLocalizationPct: await confirmedLocalizationPct(m, contract.id),
    orders: orders.map((o) => ({
      id: o.id,
      status: o.status,
      item: o.item,
      stageYear: o.stage_year,
    })),
    outputShare: {
      maxSharePct: await tenderMaxContractSharePct(m, contract.tender_id),
      reports: reports.map((r) => ({
        id: r.id,
        year: r.year,
        producedByItem: r.produced_by_item,
      })),
      acceptedUnits: await acceptedUnitsByYear(m, contract.id),
    },
    missingProductionReportYears: clock.missedYears.filter((y) => !clock.reportedYears.includes(y)),
  });
  return {
    status: statusOfFindings(findings),
    findings,
    verifiedRub,
    milestones,
    orders,
    acceptedReports: reports,
    stages: supplyStages(contract, orders),
  };
}
