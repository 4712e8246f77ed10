import type { ClaimStatus } from '../domain/claim-status';
import type { PenaltyItem } from '../domain/penalty-calculator';
import type { ClaimRow } from '../infrastructure/claim-rows';

export interface ClaimView {
  id: string;
  contractId: string;
  issuedAt: string;
  issuedBy: string;
  asOf: string;
  keyRatePct: string;
  amountRub: string;
  items: PenaltyItem[];
  status: ClaimStatus;
  paidAt: string | null;
  paidRub: string | null;
  reason: string | null;
  settledAt: string | null;
}

export function toClaimView(r: ClaimRow): ClaimView {
  return {
    id: r.id,
    contractId: r.contract_id,
    issuedAt: r.issued_at.toISOString(),
    issuedBy: r.issued_by,
    asOf: r.as_of.toISOString(),
    keyRatePct: r.key_rate_pct,
    amountRub: r.amount_rub,
    items: r.items,
    status: r.status,
    paidAt: r.paid_at?.toISOString() ?? null,
    paidRub: r.paid_rub,
    reason: r.reason,
    settledAt: r.settled_at?.toISOString() ?? null,
  };
}

/** The facts of a claim the coverage and totals are computed from. */
export function claimFacts(r: ClaimRow) {
  return { status: r.status, amountRub: r.amount_rub, paidRub: r.paid_rub, items: r.items };
}
