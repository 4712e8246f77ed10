import type { EntityManager } from 'typeorm';
import { openOrdersForClock, type ClockOrderRow } from './supply-order-rows';
import { productionReportClocks, type ProductionReportClockRow } from './production-report-rows';

export interface TenderContractClockRow {
  complaintPending: boolean;
  /** The contract awaiting signatures, if any. */
  contractId: string | null;
  contractOrganizationId: string | null;
  /** Null once the investor has signed. */
  signingDeadline: Date | null;
}

/** The contracts' part of each tender's clock state: complaints and the contract to sign. */
export async function tenderContractClockRows(
  m: EntityManager,
  tenderIds: readonly string[],
): Promise<Map<string, TenderContractClockRow>> {
  const rows = await m.query<
    {
      tender_id: string;
      complaint_pending: boolean;
      contract_id: string | null;
      organization_id: string | null;
      signing_deadline: Date | null;
    }[]
  >(
    `SELECT t.id AS tender_id,
       EXISTS (SELECT 1 FROM complaints c WHERE c.tender_id = t.id AND c.status = 'pending')
         AS complaint_pending,
       k.id AS contract_id, k.organization_id,
       CASE WHEN k.investor_signed_at IS NULL THEN k.signing_deadline END AS signing_deadline
     FROM unnest($1::uuid[]) AS t(id)
     LEFT JOIN contracts k ON k.tender_id = t.id AND k.status = 'pending_signature'`,
    [tenderIds],
  );
  return new Map(
    rows.map((row) => [
      row.tender_id,
      {
        complaintPending: row.complaint_pending,
        contractId: row.contract_id,
        contractOrganizationId: row.organization_id,
        signingDeadline: row.signing_deadline,
      },
    ]),
  );
}

export interface ContractClockRow {
  status: string;
  endsAt: Date | null;
  tenderId: string;
  organizationId: string;
  milestones: { id: string; status: string; dueDate: Date; title: string }[];
  /** Orders still `placed` (CONTRACT.md §3), by due date. */
  orders: ClockOrderRow[];
  productionReports: ProductionReportClockRow;
}

/**
 * Contracts, their milestones (in order), placed orders and production report years, as
 * the chronograph reads them: a fixed number of statements for any number of contracts.
 */
export async function contractClockRows(
  m: EntityManager,
  contractIds: readonly string[],
): Promise<Map<string, ContractClockRow>> {
  const rows = await m.query<
    {
      id: string;
      status: string;
      ends_at: Date | null;
      tender_id: string;
      organization_id: string;
    }[]
  >(
    'SELECT id, status, ends_at, tender_id, organization_id FROM contracts WHERE id = ANY($1::uuid[])',
    [contractIds],
  );
  const milestones = await m.query<
    { contract_id: string; id: string; status: string; due_date: Date; title: string }[]
  >(
    `SELECT cm.contract_id, cm.id, cm.status, cm.due_date, cm.title FROM contract_milestones cm
     WHERE cm.contract_id = ANY($1::uuid[]) ORDER BY cm.contract_id, cm.position`,
    [contractIds],
  );
  const orders = await openOrdersForClock(m, contractIds);
  const productionReports = await productionReportClocks(m, contractIds);
  const contracts = new Map<string, ContractClockRow>(
    rows.map((row) => [
      row.id,
      {
        status: row.status,
        endsAt: row.ends_at,
        tenderId: row.tender_id,
        organizationId: row.organization_id,
        milestones: [],
        orders: orders.get(row.id) ?? [],
        productionReports: productionReports.get(row.id) as ProductionReportClockRow,
      },
    ]),
  );
  for (const x of milestones) {
    contracts.get(x.contract_id)?.milestones.push({
      id: x.id,
      status: x.status,
      dueDate: x.due_date,
      title: x.title,
    });
  }
  return contracts;
}

/** When the chronograph looks at each contract next (null: nothing is ever due again). */
export async function scheduleContractChecks(
  m: EntityManager,
  checks: readonly { contractId: string; at: Date | null }[],
): Promise<void> {
  await m.query(
    `UPDATE contracts k SET next_check_at = x.at
     FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, at) WHERE k.id = x.id`,
    [checks.map((c) => c.contractId), checks.map((c) => c.at)],
  );
}

/**
 * Holds up to `limit` contracts whose next check has come, most overdue first, for the
 * caller's transaction. skipLocked leaves rows another worker holds to it; without it the
 * caller waits for them (the sandbox clock must see everything due done).
 */
export async function lockContractsDueForCheck(
  m: EntityManager,
  now: Date,
  limit: number,
  skipLocked: boolean,
): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    `SELECT id FROM contracts WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2
     FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}

/** Holds the contract's row for the chronograph; false if it is gone or (skipLocked) held. */
export async function lockContractForCheck(
  m: EntityManager,
  contractId: string,
  skipLocked: boolean,
): Promise<boolean> {
  const locked = await m.query<unknown[]>(
    `SELECT 1 FROM contracts WHERE id = $1 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
    [contractId],
  );
  return locked.length > 0;
}
