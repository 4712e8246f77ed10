import Decimal from 'decimal.js';
import type { ClaimStatus } from './claim-status';
import { coverageKey, fineKey, type ClaimedCoverage, type PenaltyItem } from './penalty-calculator';

export interface ClaimTotals {
  /** Claims not withdrawn. */
  claimedRub: string;
  paidRub: string;
  writtenOffRub: string;
}

interface ClaimFacts {
  status: ClaimStatus;
  amountRub: string;
  paidRub: string | null;
  items: readonly PenaltyItem[];
}

/**
 * What the contract's claims already took (CONTRACT.md §5): a withdrawn claim takes
 * nothing, so its days and facts may be claimed again; paid and written-off ones keep theirs.
 */
export function coverageOf(claims: readonly ClaimFacts[]): ClaimedCoverage {
  const coverage: ClaimedCoverage = { delayThrough: {}, fines: [], amountRub: '0.00' };
  let amount = new Decimal(0);
  for (const claim of claims.filter((c) => c.status !== 'withdrawn')) {
    amount = amount.plus(claim.amountRub);
    for (const item of claim.items) {
      if (item.kind === 'fine') {
        coverage.fines.push(fineKey(item));
        continue;
      }
      const key = coverageKey(item);
      const through = coverage.delayThrough[key];
      if (!through || item.to > through) coverage.delayThrough[key] = item.to;
    }
  }
  coverage.amountRub = amount.toFixed(2);
  return coverage;
}

/** The sums compliance shows beside the running figure. */
export function claimTotals(claims: readonly ClaimFacts[]): ClaimTotals {
  const sum = (of: readonly ClaimFacts[], pick: (c: ClaimFacts) => string | null) =>
    of.reduce((total, c) => total.plus(pick(c) ?? 0), new Decimal(0)).toFixed(2);
  return {
    claimedRub: sum(
      claims.filter((c) => c.status !== 'withdrawn'),
      (c) => c.amountRub,
    ),
    paidRub: sum(
      claims.filter((c) => c.status === 'paid'),
      (c) => c.paidRub,
    ),
    writtenOffRub: sum(
      claims.filter((c) => c.status === 'written_off'),
      (c) => c.amountRub,
    ),
  };
}
