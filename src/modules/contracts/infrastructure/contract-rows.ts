import type { EntityManager } from 'typeorm';

/** A contracts row as stored (the organization's name and INN are the accounts module's). */
export interface ContractRecord {
  id: string;
  tender_id: string;
  bid_id: string;
  organization_id: string;
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

/** The contract, optionally locked for update. */
export async function contractById(
  m: EntityManager,
  contractId: string,
  lock: 'none' | 'update' = 'none',
): Promise<ContractRecord | undefined> {
  const [row] = await m.query<ContractRecord[]>(
    `SELECT k.* FROM contracts k WHERE k.id = $1${lock === 'update' ? ' FOR UPDATE OF k' : ''}`,
    [contractId],
  );
  return row;
}

export interface ContractFilter {
  tenderId?: string;
  status?: string;
  /** An investor's own contracts only (null: none match). */
  organizationId?: string | null;
}

function whereOf(filter: ContractFilter): { clause: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.tenderId) where.push(`k.tender_id = $${params.push(filter.tenderId)}`);
  if (filter.status) where.push(`k.status = $${params.push(filter.status)}`);
  if (filter.organizationId !== undefined)
    where.push(`k.organization_id = $${params.push(filter.organizationId)}`);
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export async function countContracts(m: EntityManager, filter: ContractFilter): Promise<number> {
  const { clause, params } = whereOf(filter);
  const [{ total }] = await m.query<{ total: number }[]>(
    `SELECT count(*)::int AS total FROM contracts k ${clause}`,
    params,
  );
  return total;
}

/** A page of contracts, newest first. */
export function listContracts(
  m: EntityManager,
  filter: ContractFilter,
  limit: number,
  offset: number,
): Promise<ContractRecord[]> {
  const { clause, params } = whereOf(filter);
  return m.query<ContractRecord[]>(
    `SELECT k.* FROM contracts k ${clause} ORDER BY k.created_at DESC, k.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
    params,
  );
}

export async function tenderIdOfContract(
  m: EntityManager,
  contractId: string,
): Promise<string | undefined> {
  const [found] = await m.query<{ tender_id: string }[]>(
    'SELECT tender_id FROM contracts WHERE id = $1',
    [contractId],
  );
  return found?.tender_id;
}

export interface ContractOwnership {
  status: string;
  organization_id: string;
}

/** Status and owner, the row locked: `share` to file evidence, `update` to change a milestone. */
export async function contractOwnership(
  m: EntityManager,
  contractId: string,
  lock: 'share' | 'update',
): Promise<ContractOwnership | undefined> {
  const [contract] = await m.query<ContractOwnership[]>(
    lock === 'share'
      ? 'SELECT status, organization_id FROM contracts WHERE id = $1 FOR SHARE'
      : 'SELECT status, organization_id FROM contracts WHERE id = $1 FOR UPDATE',
    [contractId],
  );
  return contract;
}

export async function contractParties(
  m: EntityManager,
  contractId: string,
): Promise<{ tender_id: string; bid_id: string; organization_id: string }> {
  const [contract] = await m.query<
    { tender_id: string; bid_id: string; organization_id: string }[]
  >('SELECT tender_id, bid_id, organization_id FROM contracts WHERE id = $1', [contractId]);
  return contract;
}

export interface NewContract {
  id: string;
  tenderId: string;
  bidId: string;
  organizationId: string;
  status: string;
  unitPriceRub: string;
  quantity: number;
  valueRub: string;
  investmentCommittedRub: string;
  buildMonths: number;
  contractYears: number;
  signingDeadline: Date;
  createdAt: Date;
}

export async function insertContract(m: EntityManager, c: NewContract): Promise<void> {
  await m.query(
    `INSERT INTO contracts (id, tender_id, bid_id, organization_id, status, unit_price_rub, quantity, value_rub,
       investment_committed_rub, build_months, contract_years, signing_deadline, created_at)
     VALUES ($1, $2, $3, $4, $13, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      c.id,
      c.tenderId,
      c.bidId,
      c.organizationId,
      c.unitPriceRub,
      c.quantity,
      c.valueRub,
      c.investmentCommittedRub,
      c.buildMonths,
      c.contractYears,
      c.signingDeadline,
      c.createdAt,
      c.status,
    ],
  );
}

/** When the chronograph looks at the contract next. */
export async function setContractNextCheck(
  m: EntityManager,
  contractId: string,
  at: Date,
): Promise<void> {
  await m.query('UPDATE contracts SET next_check_at = $2 WHERE id = $1', [contractId, at]);
}

export interface ComplianceContractRow {
  tender_id: string;
  organization_id: string;
  status: string;
  value_rub: string;
  investment_committed_rub: string;
  build_deadline: Date | null;
}

export async function complianceContract(
  m: EntityManager,
  contractId: string,
): Promise<ComplianceContractRow | undefined> {
  const [contract] = await m.query<ComplianceContractRow[]>(
    `SELECT k.tender_id, k.organization_id, k.status, k.value_rub, k.investment_committed_rub, k.build_deadline
     FROM contracts k WHERE k.id = $1`,
    [contractId],
  );
  return contract;
}
