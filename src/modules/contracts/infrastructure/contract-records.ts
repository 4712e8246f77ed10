import type { EntityManager } from 'typeorm';

/** DOMAIN.md §4: a winner that missed its signing deadline is recorded as evading. */
export async function recordEvasion(
  m: EntityManager,
  e: { organizationId: string; contractId: string; tenderId: string; at: Date },
): Promise<void> {
  await m.query(
    'INSERT INTO evasions (organization_id, contract_id, tender_id, recorded_at) VALUES ($1, $2, $3, $4)',
    [e.organizationId, e.contractId, e.tenderId, e.at],
  );
}

/** A terminated contract's supplier is recorded as failed. */
export async function recordFailedSupplier(
  m: EntityManager,
  f: { contractId: string; organizationId: string; reason: string; at: Date },
): Promise<void> {
  await m.query(
    'INSERT INTO failed_suppliers (contract_id, organization_id, reason, recorded_at) VALUES ($1, $2, $3, $4)',
    [f.contractId, f.organizationId, f.reason, f.at],
  );
}

export async function insertComplaint(
  m: EntityManager,
  c: {
    id: string;
    tenderId: string;
    organizationId: string | null;
    filedBy: string;
    subject: string;
    text: string;
    filedAt: Date;
  },
): Promise<void> {
  await m.query(
    `INSERT INTO complaints (id, tender_id, organization_id, filed_by, subject, text, status, filed_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
    [c.id, c.tenderId, c.organizationId, c.filedBy, c.subject, c.text, c.filedAt],
  );
}
