import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { KeyRatesQuery } from '../../key-rates';
import {
  complianceStatus,
  ComplianceMilestone,
  ComplianceStatus,
  verifiedPct,
} from '../domain/compliance';
import { computePenalties, PenaltyItem } from '../domain/penalty-calculator';

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

interface ContractRow {
  organization_id: string;
  status: string;
  value_rub: string;
  investment_committed_rub: string;
  build_deadline: Date | null;
  min_investment_rub: string;
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
    const [contract] = await this.dataSource.query<ContractRow[]>(
      `SELECT k.organization_id, k.status, k.value_rub, k.investment_committed_rub, k.build_deadline,
              t.offset_conditions->>'minInvestmentRub' AS min_investment_rub
       FROM contracts k JOIN tenders t ON t.id = k.tender_id WHERE k.id = $1`,
      [contractId],
    );
    if (
      !contract ||
      (caller.role === 'investor' && contract.organization_id !== caller.organizationId)
    ) {
      throw new NotFoundError('Contract');
    }
    if (!contract.build_deadline)
      throw new InvalidStateError('The contract is not signed yet', contract.status);
    const milestones = await this.dataSource.query<
      {
        id: string;
        code: string;
        status: ComplianceMilestone['status'];
        due_date: Date;
        planned: string;
        met_at: Date | null;
        last_report_at: Date | null;
      }[]
    >(
      `SELECT id, code, status, due_date, planned_investment_rub AS planned, met_at,
         (SELECT max(r.submitted_at) FROM milestone_reports r WHERE r.milestone_id = cm.id) AS last_report_at
       FROM contract_milestones cm WHERE contract_id = $1 ORDER BY position`,
      [contractId],
    );
    const [{ verified }] = await this.dataSource.query<{ verified: string }[]>(
      `SELECT COALESCE(sum(invested_rub), 0)::numeric(17, 2)::text AS verified
       FROM milestone_reports WHERE contract_id = $1 AND decision = 'accepted'`,
      [contractId],
    );
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
        minInvestmentRub: contract.min_investment_rub,
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
