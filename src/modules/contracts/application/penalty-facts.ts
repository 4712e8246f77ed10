import Decimal from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { moscowDate } from '../../calendar';
import { tenderPenaltyLadders } from '../../tenders';
import {
  fineKey,
  type FineFact,
  type PenaltyInput,
  type PricedObligation,
} from '../domain/penalty-calculator';
import { valueOf } from '../domain/supply-rules';
import type { ContractRecord } from '../infrastructure/contract-rows';
import type { ComplianceMilestoneRow } from '../infrastructure/milestone-rows';
import {
  localizationFirstBelow,
  verifiedInvestmentFiledBy,
} from '../infrastructure/milestone-reports.store';
import type { OrderRow } from '../infrastructure/supply-order-rows';
import type { ContractAssessment } from './contract-assessment';

/**
 * What the penalty calculator needs of a contract at `asOf` (CONTRACT.md §5): every order
 * and build milestone as an obligation with its own price, and the facts to be fined, as
 * they happened (not as compliance sees them today), with the Decree 1042 ladders the
 * tender was published under.
 */
export async function penaltyFacts(
  m: EntityManager,
  contract: ContractRecord,
  assessment: ContractAssessment,
  asOf: Date,
): Promise<Omit<PenaltyInput, 'keyRates' | 'claimed'>> {
  const fines = dedupe([
    ...failedOrderFines(contract, assessment.orders),
    ...(await buildDeadlineFines(m, contract, assessment, asOf)),
    ...(await localizationFines(m, contract)),
    ...outputShareFines(assessment, asOf),
  ]);
  return {
    contractValueRub: contract.value_rub,
    asOf,
    ladders: await tenderPenaltyLadders(m, contract.tender_id),
    obligations: [
      ...assessment.orders.map(orderObligation),
      ...assessment.milestones.map(milestoneObligation),
    ],
    fines,
  };
}

/** A failed order (CONTRACT.md §5): fined on its stage's value, on the day it was closed. */
function failedOrderFines(contract: ContractRecord, orders: readonly OrderRow[]): FineFact[] {
  return orders
    .filter((o) => o.status === 'failed' && o.closed_at !== null)
    .map((o) => {
      const stage = contract.stages.find((s) => s.year === o.stage_year);
      if (!stage)
        throw new Error(`order ${o.id} is in year ${o.stage_year}, a year without supply`);
      return {
        basis: 'ORDER_FAILED',
        entityType: 'order',
        entityId: o.id,
        on: moscowDate(o.closed_at as Date),
        stageValueRub: stage.valueRub,
      };
    });
}

/**
 * The build deadline's facts, as they stood at the deadline (a fine is for the fact, so a
 * late start or a later report does not undo it): production not started by then, and
 * investment short of the offer in the reports filed by then and accepted.
 */
async function buildDeadlineFines(
  m: EntityManager,
  contract: ContractRecord,
  assessment: ContractAssessment,
  asOf: Date,
): Promise<FineFact[]> {
  const deadline = contract.build_deadline;
  if (!deadline || asOf.getTime() < deadline.getTime()) return [];
  const on = moscowDate(deadline);
  const fines: FineFact[] = [];
  const start = assessment.milestones.find((x) => x.code === 'production_start');
  if (!start?.met_at || start.met_at.getTime() > deadline.getTime()) {
    fines.push({
      basis: 'BUILD_DEADLINE_MISSED',
      entityType: start ? 'milestone' : 'contract',
      entityId: start?.id ?? contract.id,
      on,
    });
  }
  const offer = contract.promised?.investmentRub ?? contract.investment_committed_rub;
  const verified = await verifiedInvestmentFiledBy(m, contract.id, deadline);
  if (new Decimal(verified).lessThan(offer)) {
    fines.push({
      basis: 'INVESTMENT_BELOW_OFFER',
      entityType: 'contract',
      entityId: contract.id,
      on,
    });
  }
  return fines;
}

async function localizationFines(m: EntityManager, contract: ContractRecord): Promise<FineFact[]> {
  const offered = contract.promised?.localizationPct;
  if (offered == null) return [];
  const at = await localizationFirstBelow(m, contract.id, offered);
  if (!at) return [];
  return [
    {
      basis: 'LOCALIZATION_BELOW_OFFER',
      entityType: 'contract',
      entityId: contract.id,
      on: moscowDate(at),
    },
  ];
}

/** A year's accepted deliveries above the share of its accepted production report. */
function outputShareFines(assessment: ContractAssessment, asOf: Date): FineFact[] {
  const reviewed = new Map(assessment.acceptedReports.map((r) => [r.id, r.reviewed_at]));
  return assessment.findings
    .filter((f) => f.code === 'OUTPUT_SHARE_EXCEEDED')
    .map((f) => ({
      basis: 'OUTPUT_SHARE_EXCEEDED',
      entityType: 'production_report',
      entityId: f.entityId,
      // Only accepted (so reviewed) reports are found exceeding.
      on: moscowDate(reviewed.get(f.entityId) ?? asOf),
    }));
}

/** One fine per fact: a report whose two items both exceed the share is one fact. */
function dedupe(fines: FineFact[]): FineFact[] {
  const seen = new Set<string>();
  return fines.filter((f) => !seen.has(fineKey(f)) && !!seen.add(fineKey(f)));
}

/** An order: its value, less each accepted delivery from the day after its acceptance. */
function orderObligation(o: OrderRow): PricedObligation {
  const ended =
    o.status === 'fulfilled' || o.status === 'fulfilled_late'
      ? o.fulfilled_at
      : o.status === 'failed'
        ? o.closed_at
        : null;
  return {
    basis: 'ORDER_DELAY',
    entityType: 'order',
    entityId: o.id,
    valueRub: valueOf(o.quantity, o.unit_price_rub),
    dueOn: o.deliver_by,
    fulfilments: o.deliveries
      .filter((d) => d.accepted_at !== null && (d.accepted_quantity ?? 0) > 0)
      .map((d) => ({
        on: moscowDate(new Date(d.accepted_at as string)),
        valueRub: valueOf(d.accepted_quantity as number, o.unit_price_rub),
      })),
    endedOn: ended ? moscowDate(new Date(ended)) : null,
  };
}

/**
 * A build milestone: its tranche. The delay ends on the day of the report that meets it, or
 * of a report still under review (if it is rejected, the delay runs on from the due date,
 * and a later claim takes the days the first did not).
 */
function milestoneObligation(x: ComplianceMilestoneRow): PricedObligation {
  const ended =
    x.status === 'met' || x.status === 'met_late'
      ? x.met_at
      : x.status === 'reported'
        ? x.last_report_at
        : null;
  return {
    basis: 'MILESTONE_DELAY',
    entityType: 'milestone',
    entityId: x.id,
    valueRub: x.planned,
    dueOn: moscowDate(x.due_date),
    fulfilments:
      x.accepted_invested !== null && x.accepted_at !== null
        ? [{ on: moscowDate(x.accepted_at), valueRub: x.accepted_invested }]
        : [],
    endedOn: ended ? moscowDate(ended) : null,
  };
}
