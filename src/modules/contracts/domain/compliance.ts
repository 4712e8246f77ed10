import Decimal from 'decimal.js';
import { MONEY_PATTERN } from '../../../common/money/money';

export type ComplianceStatus = 'on_track' | 'at_risk' | 'breached';

export interface ComplianceMilestone {
  id?: string;
  code: string;
  status: 'pending' | 'reported' | 'met' | 'overdue' | 'met_late';
  dueDate: Date;
  plannedInvestmentRub: string;
}

export interface ComplianceOrder {
  id: string;
  status: string;
  item: string;
  stageYear: number;
}

export interface OutputShareFacts {
  /** The offset condition (default 30); null: no limit. */
  maxSharePct: number | null;
  /** Accepted production reports. */
  reports: { id: string; year: number; producedByItem: Record<string, number> }[];
  /** Units accepted per calendar year and item. */
  acceptedUnits: { year: number; item: string; units: number }[];
}

export interface ComplianceInput {
  contractId?: string;
  asOf: Date;
  buildDeadline: Date;
  /** What the winning bid promised (CONTRACT.md §2): the contract's terms, not the tender's. */
  promised: { investmentRub: string; localizationPct: number | null };
  /** Σ investedRub of accepted reports (DOMAIN.md §8). */
  verifiedInvestmentRub: string;
  milestones: ComplianceMilestone[];
  /** localizationPct of the latest accepted `localization_confirmed` report, if any. */
  confirmedLocalizationPct?: number | null;
  orders?: ComplianceOrder[];
  outputShare?: OutputShareFacts;
  /** Years whose production report the chronograph found missing and none is accepted yet. */
  missingProductionReportYears?: number[];
}

export type FindingCode =
  | 'BUILD_DEADLINE_MISSED'
  | 'INVESTMENT_BELOW_OFFER'
  | 'ORDER_FAILED'
  | 'OUTPUT_SHARE_EXCEEDED'
  | 'MILESTONE_OVERDUE'
  | 'ORDER_OVERDUE'
  | 'INVESTMENT_BEHIND_SCHEDULE'
  | 'PRODUCTION_REPORT_MISSING'
  | 'LOCALIZATION_BELOW_OFFER';

export interface Finding {
  code: FindingCode;
  message: string;
  entityType: 'contract' | 'milestone' | 'order' | 'production_report';
  entityId: string;
}

/** CONTRACT.md §4: the findings that breach the contract; every other finding puts it at risk. */
export const BREACHING_FINDINGS: readonly FindingCode[] = [
  'BUILD_DEADLINE_MISSED',
  'INVESTMENT_BELOW_OFFER',
  'ORDER_FAILED',
  'OUTPUT_SHARE_EXCEEDED',
];

/**
 * CONTRACT.md §4, each finding with the entity it concerns. Once the build deadline has
 * come (asOf ≥ buildDeadline): no accepted `production_start` (met or met_late) →
 * BUILD_DEADLINE_MISSED; verified investment below the bid's offer → INVESTMENT_BELOW_OFFER.
 * Any time: a failed order; a year's accepted deliveries of an item above the share of its
 * accepted production; an overdue milestone or order; verified investment below the
 * tranches already due; a missing production report; confirmed localization below the
 * bid's.
 */
export function complianceFindings(input: ComplianceInput): Finding[] {
  const findings: Finding[] = [];
  const contractId = input.contractId ?? '';
  const verified = rubles(input.verifiedInvestmentRub, 'verifiedInvestmentRub');
  const { asOf, milestones } = input;

  if (asOf.getTime() >= input.buildDeadline.getTime()) {
    const start = milestones.find((m) => m.code === 'production_start');
    if (!start || (start.status !== 'met' && start.status !== 'met_late')) {
      findings.push({
        code: 'BUILD_DEADLINE_MISSED',
        message: `Production did not start by the build deadline ${input.buildDeadline.toISOString()}`,
        entityType: start?.id ? 'milestone' : 'contract',
        entityId: start?.id ?? contractId,
      });
    }
    const offer = rubles(input.promised.investmentRub, 'promised.investmentRub');
    if (verified.lessThan(offer)) {
      findings.push({
        code: 'INVESTMENT_BELOW_OFFER',
        message: `Verified investment ${verified.toFixed(2)} is below the offered ${offer.toFixed(2)}`,
        entityType: 'contract',
        entityId: contractId,
      });
    }
  }

  for (const o of input.orders ?? []) {
    if (o.status === 'failed' || o.status === 'overdue') {
      const failed = o.status === 'failed';
      findings.push({
        code: failed ? 'ORDER_FAILED' : 'ORDER_OVERDUE',
        message: `The year ${o.stageYear} order of ${o.item} is ${failed ? 'failed' : 'overdue'}`,
        entityType: 'order',
        entityId: o.id,
      });
    }
  }
  findings.push(...outputShareFindings(input.outputShare));

  for (const m of milestones) {
    if (m.status === 'overdue') {
      findings.push({
        code: 'MILESTONE_OVERDUE',
        message: `Milestone ${m.code} is overdue since ${m.dueDate.toISOString()}`,
        entityType: 'milestone',
        entityId: m.id ?? contractId,
      });
    }
  }
  const plannedSoFar = milestones
    .filter((m) => m.dueDate.getTime() <= asOf.getTime())
    .reduce(
      (sum, m) => sum.plus(rubles(m.plannedInvestmentRub, `plannedInvestmentRub of ${m.code}`)),
      new Decimal(0),
    );
  if (verified.lessThan(plannedSoFar)) {
    findings.push({
      code: 'INVESTMENT_BEHIND_SCHEDULE',
      message: `Verified investment ${verified.toFixed(2)} is below the ${plannedSoFar.toFixed(2)} due so far`,
      entityType: 'contract',
      entityId: contractId,
    });
  }
  for (const year of input.missingProductionReportYears ?? []) {
    findings.push({
      code: 'PRODUCTION_REPORT_MISSING',
      message: `No accepted production report for ${year}`,
      entityType: 'contract',
      entityId: contractId,
    });
  }
  const confirmed = input.confirmedLocalizationPct;
  const offered = input.promised.localizationPct;
  if (confirmed != null && offered != null && confirmed < offered) {
    findings.push({
      code: 'LOCALIZATION_BELOW_OFFER',
      message: `Confirmed localization ${confirmed} % is below the offered ${offered} %`,
      entityType: 'contract',
      entityId: contractId,
    });
  }
  return findings;
}

/**
 * The 30 % rule (CONTRACT.md §4): in a year with an accepted production report, accepted
 * deliveries of an item above maxSharePct % of its reported production.
 */
function outputShareFindings(facts: OutputShareFacts | undefined): Finding[] {
  if (!facts || facts.maxSharePct === null) return [];
  const share = new Decimal(facts.maxSharePct).div(100);
  const findings: Finding[] = [];
  for (const report of facts.reports) {
    for (const { item, units } of facts.acceptedUnits.filter((u) => u.year === report.year)) {
      const produced = report.producedByItem[item] ?? 0;
      if (new Decimal(units).greaterThan(share.times(produced))) {
        findings.push({
          code: 'OUTPUT_SHARE_EXCEEDED',
          message: `${units} of ${item} accepted in ${report.year} exceed ${facts.maxSharePct} % of the ${produced} produced`,
          entityType: 'production_report',
          entityId: report.id,
        });
      }
    }
  }
  return findings;
}

/** `breached` on a breaching finding, `at_risk` on any other, else `on_track`. */
export function statusOfFindings(findings: readonly Finding[]): ComplianceStatus {
  if (findings.some((f) => BREACHING_FINDINGS.includes(f.code))) return 'breached';
  return findings.length > 0 ? 'at_risk' : 'on_track';
}

export function complianceStatus(input: ComplianceInput): ComplianceStatus {
  return statusOfFindings(complianceFindings(input));
}

/**
 * CONTRACT.md §4 at the end of the term: fulfilled when nothing breaches, every order was
 * fulfilled (late counts: its delay is a penalty, not a breach) and every milestone met.
 */
export function termOutcome(
  findings: readonly Finding[],
  orders: readonly { status: string }[],
  milestones: readonly { status: string }[],
): 'fulfilled' | 'breached' {
  const breaches = findings.some((f) => BREACHING_FINDINGS.includes(f.code));
  const ordersDone = orders.every((o) => o.status === 'fulfilled' || o.status === 'fulfilled_late');
  const milestonesMet = milestones.every((m) => m.status === 'met' || m.status === 'met_late');
  return !breaches && ordersDone && milestonesMet ? 'fulfilled' : 'breached';
}

/**
 * Verified investment as a percentage of the committed one, to 2 decimals, half-up
 * (1 of 3 → 33.33, 2 of 3 → 66.67). Nothing committed → 0: there is no share to show.
 */
export function verifiedPct(verified: string, committed: string): number {
  const whole = rubles(committed, 'committed');
  if (whole.isZero()) return 0;
  return rubles(verified, 'verified')
    .times(100)
    .div(whole)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toNumber();
}

function rubles(value: string, field: string): Decimal {
  if (!MONEY_PATTERN.test(value)) throw new RangeError(`${field} is not rubles: "${value}"`);
  return new Decimal(value);
}
