import { Money } from '../../../common/money/money';
import type { MilestoneView } from './contract-milestones';

export interface ContractRow {
  id: string;
  tender_id: string;
  bid_id: string;
  organization_id: string;
  org_name: string;
  org_inn: string;
  status: string;
  unit_price_rub: string;
  quantity: number;
  value_rub: string;
  investment_committed_rub: string;
  build_months: number;
  contract_years: number;
  signing_deadline: Date;
  investor_signed_at: Date | null;
  customer_signed_at: Date | null;
  signed_at: Date | null;
  build_deadline: Date | null;
  ends_at: Date | null;
}

export const CONTRACT_SELECT = `SELECT k.*, o.name AS org_name, o.inn AS org_inn
  FROM contracts k JOIN organizations o ON o.id = k.organization_id`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** API.md's contract, milestones filled in by the caller (contract-milestones.ts). */
export function toContractView(r: ContractRow, milestones: MilestoneView[] = []) {
  return {
    id: r.id,
    tenderId: r.tender_id,
    bidId: r.bid_id,
    organization: { id: r.organization_id, name: r.org_name, inn: r.org_inn },
    status: r.status,
    unitPriceRub: Money.parse(r.unit_price_rub).toString(),
    quantity: r.quantity,
    valueRub: Money.parse(r.value_rub).toString(),
    investmentCommittedRub: Money.parse(r.investment_committed_rub).toString(),
    buildMonths: r.build_months,
    signingDeadline: r.signing_deadline.toISOString(),
    investorSignedAt: iso(r.investor_signed_at),
    customerSignedAt: iso(r.customer_signed_at),
    signedAt: iso(r.signed_at),
    buildDeadline: iso(r.build_deadline),
    endsAt: iso(r.ends_at),
    milestones,
  };
}

export type ContractView = ReturnType<typeof toContractView>;
