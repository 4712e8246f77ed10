import type { EntityManager } from 'typeorm';

export type PendingReviewKind = 'milestone_report' | 'production_report';

export interface PendingReviewRow {
  kind: PendingReviewKind;
  id: string;
  contract_id: string;
  tender_id: string;
  organization_id: string;
  submitted_at: Date;
  document_ids: string[];
  milestone_id: string | null;
  milestone_code: string | null;
  milestone_title: string | null;
  milestone_due_date: Date | null;
  note: string | null;
  invested_rub: string | null;
  localization_pct: number | null;
  year: number | null;
  produced_by_item: Record<string, number> | null;
}

// Only an active contract's reports can be reviewed (lockMilestone, lockActiveSupplyContract):
// a report left unreviewed on a terminated contract is not work anyone can do.
const PENDING = `
  SELECT 'milestone_report' AS kind, r.id, r.contract_id, c.tender_id, c.organization_id,
         r.submitted_at, r.document_ids, m.id AS milestone_id, m.code AS milestone_code,
         m.title AS milestone_title, m.due_date AS milestone_due_date, r.note,
         r.invested_rub::text AS invested_rub, r.localization_pct,
         NULL::integer AS year, NULL::jsonb AS produced_by_item
    FROM milestone_reports r
    JOIN contract_milestones m ON m.id = r.milestone_id
    JOIN contracts c ON c.id = r.contract_id
   WHERE r.decision IS NULL AND c.status = 'active' AND ($1::text IS NULL OR $1 = 'milestone_report')
  UNION ALL
  SELECT 'production_report', p.id, p.contract_id, c.tender_id, c.organization_id,
         p.submitted_at, p.document_ids, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         p.year, p.produced_by_item
    FROM production_reports p
    JOIN contracts c ON c.id = p.contract_id
   WHERE p.decision IS NULL AND c.status = 'active' AND ($1::text IS NULL OR $1 = 'production_report')`;

/** Reports awaiting an auditor's verdict across every contract, oldest first (a queue). */
export function pendingReviews(
  m: EntityManager,
  kind: PendingReviewKind | undefined,
  limit: number,
  offset: number,
): Promise<PendingReviewRow[]> {
  return m.query<PendingReviewRow[]>(
    `SELECT * FROM (${PENDING}) q ORDER BY submitted_at, id LIMIT $2 OFFSET $3`,
    [kind ?? null, limit, offset],
  );
}

export async function countPendingReviews(
  m: EntityManager,
  kind: PendingReviewKind | undefined,
): Promise<number> {
  const [{ total }] = await m.query<{ total: number }[]>(
    `SELECT count(*)::int AS total FROM (${PENDING}) q`,
    [kind ?? null],
  );
  return total;
}
