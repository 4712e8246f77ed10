import type { EntityManager } from 'typeorm';
import { organizationNames } from '../../accounts';
import { contractById, ContractRecord } from '../infrastructure/contract-rows';
import { Money } from '../../../common/money/money';
import type { MilestoneView } from './contract-milestones';

export interface ContractRow extends ContractRecord {
  org_name: string;
  org_inn: string;
}

/**
 * Adds each contract's organization name and INN (the accounts module's): one more round
 * trip than the former join, shared by a whole page.
 */
export async function withOrganizations(
  m: EntityManager,
  records: ContractRecord[],
): Promise<ContractRow[]> {
  const orgs = await organizationNames(m, [...new Set(records.map((r) => r.organization_id))]);
  return records.map((r) => {
    const org = orgs.get(r.organization_id);
    return { ...r, org_name: org?.name ?? '', org_inn: org?.inn ?? '' };
  });
}

/** The contract with its organization, optionally locked for update; undefined if none. */
export async function contractRowById(
  m: EntityManager,
  contractId: string,
  lock: 'none' | 'update' = 'none',
): Promise<ContractRow | undefined> {
  const record = await contractById(m, contractId, lock);
  if (!record) return undefined;
  const [row] = await withOrganizations(m, [record]);
  return row;
}

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
