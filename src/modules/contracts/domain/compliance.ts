import Decimal from 'decimal.js';
import { MONEY_PATTERN } from '../../../common/money/money';

export type ComplianceStatus = 'on_track' | 'at_risk' | 'breached';

export interface ComplianceMilestone {
  code: string;
  status: 'pending' | 'reported' | 'met' | 'overdue' | 'met_late';
  dueDate: Date;
  plannedInvestmentRub: string;
}

export interface ComplianceInput {
  asOf: Date;
  buildDeadline: Date;
  minInvestmentRub: string;
  /** Σ investedRub of accepted reports (DOMAIN.md §8). */
  verifiedInvestmentRub: string;
  milestones: ComplianceMilestone[];
}

/**
 * DOMAIN.md §8. `breached` once the build deadline has come (asOf ≥ buildDeadline) without
 * an accepted `production_start` (met or met_late) or with verified investment below the
 * tender's minimum; `at_risk` while any milestone is overdue or verified investment lags
 * the planned tranches of the milestones already due (dueDate ≤ asOf); else `on_track`.
 */
export function complianceStatus(input: ComplianceInput): ComplianceStatus {
  const verified = rubles(input.verifiedInvestmentRub, 'verifiedInvestmentRub');
  const { asOf, milestones } = input;

  if (asOf.getTime() >= input.buildDeadline.getTime()) {
    const producing = milestones.some(
      (m) => m.code === 'production_start' && (m.status === 'met' || m.status === 'met_late'),
    );
    if (!producing) return 'breached';
    if (verified.lessThan(rubles(input.minInvestmentRub, 'minInvestmentRub'))) return 'breached';
  }

  if (milestones.some((m) => m.status === 'overdue')) return 'at_risk';
  const plannedSoFar = milestones
    .filter((m) => m.dueDate.getTime() <= asOf.getTime())
    .reduce(
      (sum, m) => sum.plus(rubles(m.plannedInvestmentRub, `plannedInvestmentRub of ${m.code}`)),
      new Decimal(0),
    );
  return verified.lessThan(plannedSoFar) ? 'at_risk' : 'on_track';
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
