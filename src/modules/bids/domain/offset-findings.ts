import { Money } from '../../../common/money/money';
import type { SupplyItem } from '../../tenders';
import type { BidContent } from './bid-content';
import { capacityOf, unitPricesOf } from './priced-items';

export type FindingCode =
  | 'PRICE_ABOVE_CEILING'
  | 'CAPACITY_BELOW_OUTPUT_SHARE'
  | 'INVESTMENT_BELOW_MINIMUM'
  | 'BUILD_TIME_EXCEEDED'
  | 'LOCALIZATION_BELOW_MINIMUM'
  | 'MILESTONE_PLAN_INVALID';

export interface Finding {
  code: FindingCode;
  message: string;
}

export interface OffsetTerms {
  /** The one-line ceiling of version 1, read when `items` is not given. */
  maxUnitPriceRub?: string | null;
  /** The tender's items (CONTRACT.md §1): each price is held to its item's ceiling. */
  items?: readonly SupplyItem[];
  minInvestmentRub: string;
  maxBuildMonths: number;
  minLocalizationPct: number;
  /** The largest share of the plant's yearly output the contract may take; null: no cap. */
  maxContractSharePct?: number | null;
}

/** Build-phase milestones must fall within the build; the rest may come later. */
const AFTER_BUILD: readonly string[] = ['localization_confirmed', 'other'];

/**
 * DOMAIN.md §6 admission checks. At submission they are warnings only (§5); evaluation
 * turns them into rejection reasons.
 */
export function offsetFindings(bid: BidContent, terms: OffsetTerms): Finding[] {
  const findings: Finding[] = terms.items
    ? [...priceFindings(bid, terms.items), ...capacityFindings(bid, terms)]
    : oneLinePriceFindings(bid, terms);
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

function oneLinePriceFindings(bid: BidContent, terms: OffsetTerms): Finding[] {
  const ceiling = terms.maxUnitPriceRub;
  if (!ceiling || bid.unitPriceRub === undefined) return [];
  if (!Money.parse(bid.unitPriceRub).greaterThan(Money.parse(ceiling))) return [];
  return [
    { code: 'PRICE_ABOVE_CEILING', message: `unit price is above the ceiling of ${ceiling}` },
  ];
}

/**
 * DOMAIN.md §6: a unit price above its item's ceiling. An item without a price (a bid
 * confirmed as it stood after an amendment changed the items) has no price within its
 * ceiling either.
 */
function priceFindings(bid: BidContent, items: readonly SupplyItem[]): Finding[] {
  const prices = unitPricesOf(bid, items);
  return items.flatMap((item): Finding[] => {
    const ceiling = Money.parse(item.maxUnitPriceRub);
    const price = prices.get(item.code);
    if (price === undefined) {
      return [{ code: 'PRICE_ABOVE_CEILING', message: `item ${item.code} has no unit price` }];
    }
    if (!Money.parse(price).greaterThan(ceiling)) return [];
    return [
      {
        code: 'PRICE_ABOVE_CEILING',
        message: `item ${item.code}: unit price ${Money.parse(price).toString()} is above its ceiling of ${ceiling.toString()}`,
      },
    ];
  });
}

/**
 * CONTRACT.md §1 (44-FZ as amended in 2022): the contract may take at most
 * maxContractSharePct % of the plant's yearly output of an item, so each item's largest
 * yearly quantity must fit in that share of the stated capacity. In integers:
 * largest × 100 > share × capacity is a finding.
 */
function capacityFindings(bid: BidContent, terms: OffsetTerms): Finding[] {
  const share = terms.maxContractSharePct;
  if (share === null || share === undefined || !terms.items) return [];
  const capacity = capacityOf(bid, terms.items);
  return terms.items.flatMap((item): Finding[] => {
    const largest = Math.max(...item.quantityByYear);
    const stated = capacity.get(item.code) ?? 0;
    if (largest * 100 <= share * stated) return [];
    return [
      {
        code: 'CAPACITY_BELOW_OUTPUT_SHARE',
        message: `item ${item.code}: the largest yearly quantity ${largest} is more than ${share} % of the stated capacity of ${stated} a year`,
      },
    ];
  });
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
