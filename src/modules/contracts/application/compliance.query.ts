import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { KeyRatesQuery } from '../../key-rates';
import { complianceStatus, ComplianceStatus, verifiedPct } from '../domain/compliance';
import { computePenalties, PenaltyItem } from '../domain/penalty-calculator';
import { tenderMinInvestment } from '../../tenders';
import { complianceContract } from '../infrastructure/contract-rows';
import { complianceMilestones } from '../infrastructure/milestone-rows';
import { verifiedInvestment } from '../infrastructure/milestone-reports.store';

export interface ComplianceView {
  asOf: string;
  status: ComplianceStatus;
  investment: { committedRub: string; verifiedRub: string; verifiedPct: number };
  schedule: {
    buildDeadline: string;
    daysToBuildDeadline: number;
    milestones: {
      pending: number;
      reported: number;
      met: number;
      metLate: number;
      overdue: number;
    };
  };
  penalties: { accruedRub: string; capped: boolean; items: PenaltyItem[] };
}

const DAY = 24 * 3600 * 1000;

/**
 * DOMAIN.md §8 at the clock's now: verified investment (accepted reports only), the
 * milestone picture, penalties per day of delay at the key rate of each day, and the
 * on_track / at_risk / breached verdict. Accepted deliveries are not tracked yet (the
 * supply phase), so the penalty base is the whole contract value.
 */
@Injectable()
export class ComplianceQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly keyRates: KeyRatesQuery,
  ) {}

  async forContract(caller: AuthUser, contractId: string): Promise<ComplianceView> {
    const asOf = await this.clock.now();
    const m = this.dataSource.manager;
    const contract = await complianceContract(m, contractId);
    if (
      !contract ||
      (caller.role === 'investor' && contract.organization_id !== caller.organizationId)
    ) {
      throw new NotFoundError('Contract');
    }
    if (!contract.build_deadline)
      throw new InvalidStateError('The contract is not signed yet', contract.status);
    const milestones = await complianceMilestones(m, contractId);
    const verified = await verifiedInvestment(m, contractId);
    // The minimum investment is the tender's (one more round trip than the former join).
    const minInvestmentRub = await tenderMinInvestment(m, contract.tender_id);
    const penalties = computePenalties({
      contractValueRub: contract.value_rub,
      acceptedDeliveriesRub: '0.00',
      keyRates: await this.keyRates.list(),
      asOf,
      milestones: milestones
        // Delayed: overdue, met late, or reported only after the due date (under review).
        .filter(
          (m) =>
            m.status === 'overdue' ||
            m.status === 'met_late' ||
            (m.status === 'reported' && m.last_report_at !== null && m.last_report_at > m.due_date),
        )
        .map((m) => ({
          milestoneId: m.id,
          dueDate: m.due_date,
          acceptedReportAt: m.status === 'met_late' ? m.met_at : null,
        })),
    });
    const count = (status: string) => milestones.filter((m) => m.status === status).length;
    return {
      asOf: asOf.toISOString(),
      status: complianceStatus({
        asOf,
        buildDeadline: contract.build_deadline,
        minInvestmentRub,
        verifiedInvestmentRub: verified,
        milestones: milestones.map((m) => ({
          code: m.code,
          status: m.status,
          dueDate: m.due_date,
          plannedInvestmentRub: m.planned,
        })),
      }),
      investment: {
        committedRub: new Decimal(contract.investment_committed_rub).toFixed(2),
        verifiedRub: new Decimal(verified).toFixed(2),
        verifiedPct: verifiedPct(verified, contract.investment_committed_rub),
      },
      schedule: {
        buildDeadline: contract.build_deadline.toISOString(),
        daysToBuildDeadline: Math.ceil((contract.build_deadline.getTime() - asOf.getTime()) / DAY),
        milestones: {
          pending: count('pending'),
          reported: count('reported'),
          met: count('met'),
          metLate: count('met_late'),
          overdue: count('overdue'),
        },
      },
      penalties,
    };
  }
}
