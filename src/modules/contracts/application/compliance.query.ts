import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { Money } from '../../../common/money/money';
import { KeyRatesQuery } from '../../key-rates';
import { ComplianceStatus, Finding, verifiedPct } from '../domain/compliance';
import { claimTotals, type ClaimTotals } from '../domain/claim-coverage';
import { computePenalties, type PenaltyResult } from '../domain/penalty-calculator';
import { claimsOfContract } from '../infrastructure/claim-rows';
import { claimFacts } from './claim-view';
import { readableContract } from './lock-supply-contract';
import { penaltyFacts } from './penalty-facts';
import type { StageProgress } from '../domain/supply-rules';
import { assessContract } from './contract-assessment';

export interface ComplianceView {
  asOf: string;
  status: ComplianceStatus;
  promised: { investmentRub: string; buildMonths: number; localizationPct: number | null };
  findings: Finding[];
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
  supply: { stages: StageProgress[] };
  /** CONTRACT.md §5: the running figure at `asOf`, beside what claims took. */
  penalties: PenaltyResult & ClaimTotals & { asOf: string };
}

const DAY = 24 * 3600 * 1000;

/**
 * CONTRACT.md §4 at the clock's now: what the winning bid promised, each finding with the
 * entity it concerns and the on_track / at_risk / breached verdict they give, verified
 * investment (accepted reports only), the milestone picture, the stages' supply, and the
 * penalties and fines accrued (CONTRACT.md §5) beside what claims took of them.
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
    const contract = await readableContract(m, caller, contractId);
    if (!contract.build_deadline)
      throw new InvalidStateError('The contract is not signed yet', contract.status);
    const assessment = await assessContract(m, contract, asOf);
    const { milestones, verifiedRub: verified } = assessment;
    const running = computePenalties({
      ...(await penaltyFacts(m, contract, assessment, asOf)),
      keyRates: await this.keyRates.list(),
    });
    const claims = (await claimsOfContract(m, contract.id)).map(claimFacts);
    const count = (status: string) => milestones.filter((m) => m.status === status).length;
    return {
      asOf: asOf.toISOString(),
      status: assessment.status,
      promised: {
        investmentRub: Money.parse(
          contract.promised?.investmentRub ?? contract.investment_committed_rub,
        ).toString(),
        buildMonths: contract.promised?.buildMonths ?? contract.build_months,
        localizationPct: contract.promised?.localizationPct ?? null,
      },
      findings: assessment.findings,
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
      supply: { stages: assessment.stages },
      penalties: { asOf: asOf.toISOString(), ...running, ...claimTotals(claims) },
    };
  }
}
