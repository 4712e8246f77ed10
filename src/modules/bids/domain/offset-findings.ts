import { Money } from '../../../common/money/money';
import type { BidContent } from './bid-content';

export type FindingCode =
  | 'PRICE_ABOVE_CEILING'
  | 'INVESTMENT_BELOW_MINIMUM'
  | 'BUILD_TIME_EXCEEDED'
  | 'LOCALIZATION_BELOW_MINIMUM'
  | 'MILESTONE_PLAN_INVALID';

export interface Finding {
  code: FindingCode;
  message: string;
}

export interface OffsetTerms {
  maxUnitPriceRub: string;
  minInvestmentRub: string;
  maxBuildMonths: number;
  minLocalizationPct: number;
}

/** Build-phase milestones must fall within the build; the rest may come later. */
const AFTER_BUILD: readonly string[] = ['localization_confirmed', 'other'];

/**
 * DOMAIN.md §6 admission checks. At submission they are warnings only (§5); evaluation
 * turns them into rejection reasons.
 */
export function offsetFindings(bid: BidContent, terms: OffsetTerms): Finding[] {
  const findings: Finding[] = [];
  if (Money.parse(bid.unitPriceRub).greaterThan(Money.parse(terms.maxUnitPriceRub))) {
    findings.push({
      code: 'PRICE_ABOVE_CEILING',
      message: `unit price is above the ceiling of ${terms.maxUnitPriceRub}`,
    });
  }
  if (Money.parse(bid.investmentRub).lessThan(Money.parse(terms.minInvestmentRub))) {
    findings.push({
      code: 'INVESTMENT_BELOW_MINIMUM',
      message: `investment is below the minimum of ${Money.parse(terms.minInvestmentRub).toString()} RUB`,
    });
  }
  if (bid.buildMonths > terms.maxBuildMonths) {
    findings.push({
      code: 'BUILD_TIME_EXCEEDED',
      message: `the plant must be built within ${terms.maxBuildMonths} months`,
    });
  }
  if (bid.localizationPct < terms.minLocalizationPct) {
    findings.push({
      code: 'LOCALIZATION_BELOW_MINIMUM',
      message: `localization must be at least ${terms.minLocalizationPct} %`,
    });
  }
  const planProblem = milestonePlanProblem(bid);
  if (planProblem) findings.push({ code: 'MILESTONE_PLAN_INVALID', message: planProblem });
  return findings;
}

function milestonePlanProblem(bid: BidContent): string | null {
  const start = bid.milestones.find((m) => m.code === 'production_start');
  if (!start) return 'the plan has no production_start milestone';
  if (start.dueMonth !== bid.buildMonths) return 'production_start must fall due at buildMonths';
  const late = bid.milestones.find(
    (m) => !AFTER_BUILD.includes(m.code) && m.dueMonth > bid.buildMonths,
  );
  if (late) return `build-phase milestone ${late.code} falls due after buildMonths`;
  const tranches = bid.milestones.reduce(
    (sum, m) => sum.plus(Money.parse(m.investmentRub)),
    Money.zero(),
  );
  if (tranches.compare(Money.parse(bid.investmentRub)) !== 0) {
    return `milestone tranches sum to ${tranches.toString()}, not investmentRub`;
  }
  return null;
}
