import type { EntityManager } from 'typeorm';
import { moscowDate } from '../../calendar';
import { tenderPenaltyLadders } from '../../tenders';
import type { Finding } from '../domain/compliance';
import {
  FINE_BASES,
  type FineBasis,
  type FineFact,
  type PenaltyInput,
  type PricedObligation,
} from '../domain/penalty-calculator';
import { valueOf } from '../domain/supply-rules';
import type { ContractRecord } from '../infrastructure/contract-rows';
import type { ComplianceMilestoneRow } from '../infrastructure/milestone-rows';
import { productionReportsOf } from '../infrastructure/production-report-rows';
import type { OrderRow } from '../infrastructure/supply-order-rows';
import type { ContractAssessment } from './contract-assessment';

/**
 * What the penalty calculator needs of a contract at `asOf` (CONTRACT.md §5): every order
 * and build milestone as an obligation with its own price, and the fines' facts from the
 * findings, with the Decree 1042 ladders the tender was published under.
 */
export async function penaltyFacts(
  m: EntityManager,
  contract: ContractRecord,
  assessment: ContractAssessment,
  asOf: Date,
): Promise<Omit<PenaltyInput, 'keyRates' | 'claimed'>> {
  const reviewDays = new Map(
    (await productionReportsOf(m, contract.id))
      .filter((r) => r.reviewed_at !== null)
      .map((r) => [r.id, moscowDate(r.reviewed_at as Date)]),
  );
  const factDay = (finding: Finding): string => {
    const order = assessment.orders.find((o) => o.id === finding.entityId);
    if (order?.closed_at) return moscowDate(order.closed_at);
    const reviewed = reviewDays.get(finding.entityId);
    if (reviewed) return reviewed;
    if (finding.code === 'LOCALIZATION_BELOW_OFFER') {
      const confirmed = assessment.milestones.find((x) => x.code === 'localization_confirmed');
      if (confirmed?.met_at) return moscowDate(confirmed.met_at);
    }
    // The build deadline's findings, and anything without a day of its own.
    return moscowDate(contract.build_deadline ?? asOf);
  };
  const fines = assessment.findings
    .filter((f): f is Finding & { code: FineBasis } => FINE_BASES.some((b) => b === f.code))
    .map((f): FineFact => {
      const order = assessment.orders.find((o) => o.id === f.entityId);
      const stage = contract.stages.find((s) => s.year === order?.stage_year);
      return {
        basis: f.code,
        entityType: f.entityType,
        entityId: f.entityId,
        on: factDay(f),
        ...(f.code === 'ORDER_FAILED' ? { stageValueRub: stage?.valueRub ?? '0.00' } : {}),
      };
    });
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
