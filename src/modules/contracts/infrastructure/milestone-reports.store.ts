import type { EntityManager } from 'typeorm';

export interface NewMilestoneReport {
  id: string;
  milestoneId: string;
  contractId: string;
  note: string;
  investedRub: string;
  documentIds: string[];
  submittedBy: string;
  submittedAt: Date;
}

export async function insertMilestoneReport(
  m: EntityManager,
  r: NewMilestoneReport,
): Promise<void> {
  await m.query(
    `INSERT INTO milestone_reports (id, milestone_id, contract_id, note, invested_rub, document_ids, submitted_by, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      r.id,
      r.milestoneId,
      r.contractId,
      r.note,
      r.investedRub,
      r.documentIds,
      r.submittedBy,
      r.submittedAt,
    ],
  );
}

export async function reportOfMilestone(
  m: EntityManager,
  reportId: string,
  milestoneId: string,
): Promise<{ submitted_at: Date; decision: string | null } | undefined> {
  const [report] = await m.query<{ submitted_at: Date; decision: string | null }[]>(
    'SELECT submitted_at, decision FROM milestone_reports WHERE id = $1 AND milestone_id = $2',
    [reportId, milestoneId],
  );
  return report;
}

export async function recordReview(
  m: EntityManager,
  r: { reportId: string; decision: string; comment: string; reviewerId: string; at: Date },
): Promise<void> {
  await m.query(
    `UPDATE milestone_reports SET decision = $2, comment = $3, reviewer_id = $4, reviewed_at = $5 WHERE id = $1`,
    [r.reportId, r.decision, r.comment, r.reviewerId, r.at],
  );
}

/** Investment proven by accepted reports, as numeric(17,2) text. */
export async function verifiedInvestment(m: EntityManager, contractId: string): Promise<string> {
  const [{ verified }] = await m.query<{ verified: string }[]>(
    `SELECT COALESCE(sum(invested_rub), 0)::numeric(17, 2)::text AS verified
       FROM milestone_reports WHERE contract_id = $1 AND decision = 'accepted'`,
    [contractId],
  );
  return verified;
}
