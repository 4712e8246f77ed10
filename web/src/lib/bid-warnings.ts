import type { Schemas } from '../api/client';
import { fromKopecks, toKopecks } from './money';

export type BidContent = Schemas['BidContentDto'];
export interface Warning {
  code: string;
  params: Record<string, string | number>;
}

const AFTER_BUILD = ['localization_confirmed', 'other'];

/**
 * The admission checks of DOMAIN.md §6, as the server's offset-findings computes them, so
 * an investor sees each warning while typing rather than after submitting.
 */
export function bidWarnings(bid: BidContent, tender: Schemas['TenderResponse']): Warning[] {
  const warnings: Warning[] = [];
  // One-line form: one unit price; product lines: a price per item, each under its ceiling.
  const priced = bid.prices ?? [
    { item: tender.items[0]?.code ?? '', unitPriceRub: bid.unitPriceRub ?? '' },
  ];
  for (const { item, unitPriceRub } of priced) {
    const line = tender.items.find((i) => i.code === item);
    const max = line?.maxUnitPriceRub ?? tender.maxUnitPriceRub;
    const price = toKopecks(unitPriceRub);
    const ceiling = max === null ? null : toKopecks(max);
    if (max !== null && price !== null && ceiling !== null && price > ceiling) {
      warnings.push({ code: 'PRICE_ABOVE_CEILING', params: { max } });
      break;
    }
  }
  const investment = toKopecks(bid.investmentRub);
  const minimum = toKopecks(tender.offsetConditions.minInvestmentRub);
  if (investment !== null && minimum !== null && investment < minimum) {
    warnings.push({
      code: 'INVESTMENT_BELOW_MINIMUM',
      params: { min: tender.offsetConditions.minInvestmentRub },
    });
  }
  if (bid.buildMonths > tender.offsetConditions.maxBuildMonths) {
    warnings.push({
      code: 'BUILD_TIME_EXCEEDED',
      params: { max: tender.offsetConditions.maxBuildMonths },
    });
  }
  if (bid.localizationPct < tender.offsetConditions.minLocalizationPct) {
    warnings.push({
      code: 'LOCALIZATION_BELOW_MINIMUM',
      params: { min: tender.offsetConditions.minLocalizationPct },
    });
  }
  const plan = planProblem(bid);
  if (plan) warnings.push(plan);
  return warnings;
}

function planProblem(bid: BidContent): Warning | null {
  const start = bid.milestones.find((m) => m.code === 'production_start');
  if (!start) return { code: 'PLAN_NO_PRODUCTION_START', params: {} };
  if (start.dueMonth !== bid.buildMonths) return { code: 'PLAN_START_NOT_AT_BUILD', params: {} };
  const late = bid.milestones.find(
    (m) => !AFTER_BUILD.includes(m.code) && m.dueMonth > bid.buildMonths,
  );
  if (late) return { code: 'PLAN_MILESTONE_LATE', params: { code: late.code } };
  let sum = 0n;
  for (const m of bid.milestones) sum += toKopecks(m.investmentRub) ?? 0n;
  if (sum !== (toKopecks(bid.investmentRub) ?? -1n)) {
    return { code: 'PLAN_TRANCHES_SUM', params: { sum: fromKopecks(sum) } };
  }
  return null;
}
