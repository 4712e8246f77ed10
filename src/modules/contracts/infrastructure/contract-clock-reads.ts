import type { EntityManager } from 'typeorm';

export interface TenderContractClockRow {
  complaintPending: boolean;
  /** The contract awaiting signatures, if any. */
  contractId: string | null;
  contractOrganizationId: string | null;
  /** Null once the investor has signed. */
  signingDeadline: Date | null;
}

/** The contracts' part of a tender's clock state: complaints and the contract to sign. */
export async function tenderContractClockRow(
  m: EntityManager,
  tenderId: string,
): Promise<TenderContractClockRow> {
  const [row] = await m.query<
    {
      complaint_pending: boolean;
      contract_id: string | null;
      organization_id: string | null;
      signing_deadline: Date | null;
    }[]
  >(
    `SELECT EXISTS (SELECT 1 FROM complaints c WHERE c.tender_id = $1 AND c.status = 'pending')
         AS complaint_pending,
       k.id AS contract_id, k.organization_id,
       CASE WHEN k.investor_signed_at IS NULL THEN k.signing_deadline END AS signing_deadline
     FROM (SELECT 1) one
     LEFT JOIN contracts k ON k.tender_id = $1 AND k.status = 'pending_signature'`,
    [tenderId],
  );
  return {
    complaintPending: row.complaint_pending,
    contractId: row.contract_id,
    contractOrganizationId: row.organization_id,
    signingDeadline: row.signing_deadline,
  };
}

export interface ContractClockRow {
  status: string;
  endsAt: Date | null;
  tenderId: string;
  organizationId: string;
  milestones: { id: string; status: string; dueDate: Date; title: string }[];
}

/** A contract and its milestones (in order), as the chronograph reads them. */
export async function contractClockRow(
  m: EntityManager,
  contractId: string,
): Promise<ContractClockRow | null> {
  const [row] = await m.query<
    { status: string; ends_at: Date | null; tender_id: string; organization_id: string }[]
  >('SELECT status, ends_at, tender_id, organization_id FROM contracts WHERE id = $1', [
    contractId,
  ]);
  if (!row) return null;
  const milestones = await m.query<{ id: string; status: string; due_date: Date; title: string }[]>(
    `SELECT cm.id, cm.status, cm.due_date, cm.title FROM contract_milestones cm
     WHERE cm.contract_id = $1 ORDER BY cm.position`,
    [contractId],
  );
  return {
    status: row.status,
    endsAt: row.ends_at,
    tenderId: row.tender_id,
    organizationId: row.organization_id,
    milestones: milestones.map((x) => ({
      id: x.id,
      status: x.status,
      dueDate: x.due_date,
      title: x.title,
    })),
  };
}

/** When the chronograph looks at the contract next (null: nothing is ever due again). */
export async function scheduleContractCheck(
  m: EntityManager,
  contractId: string,
  at: Date | null,
): Promise<void> {
  await m.query('UPDATE contracts SET next_check_at = $2 WHERE id = $1', [contractId, at]);
}

/** Contracts whose next check has come, most overdue first. */
export async function contractsDueForCheck(
  m: EntityManager,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await m.query<{ id: string }[]>(
    'SELECT id FROM contracts WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2',
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
