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
  localizationPct: number | null;
}

export async function insertMilestoneReport(
  m: EntityManager,
  r: NewMilestoneReport,
): Promise<void> {
  await m.query(
    `INSERT INTO milestone_reports (id, milestone_id, contract_id, note, invested_rub, document_ids, submitted_by,
       submitted_at, localization_pct)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      r.id,
      r.milestoneId,
      r.contractId,
      r.note,
      r.investedRub,
      r.documentIds,
      r.submittedBy,
      r.submittedAt,
      r.localizationPct,
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

/** localizationPct of the latest accepted report on a `localization_confirmed` milestone. */
export async function confirmedLocalizationPct(
  m: EntityManager,
  contractId: string,
): Promise<number | null> {
  const [row] = await m.query<{ pct: number }[]>(
    `SELECT r.localization_pct AS pct FROM milestone_reports r
       JOIN contract_milestones cm ON cm.id = r.milestone_id
     WHERE r.contract_id = $1 AND r.decision = 'accepted' AND cm.code = 'localization_confirmed'
       AND r.localization_pct IS NOT NULL
     ORDER BY r.reviewed_at DESC LIMIT 1`,
    [contractId],
  );
  return row ? row.pct : null;
}

/** Investment verified by accepted reports that were filed by `by` (the build deadline). */
export async function verifiedInvestmentFiledBy(
  m: EntityManager,
  contractId: string,
  by: Date,
): Promise<string> {
  const [{ verified }] = await m.query<{ verified: string }[]>(
    `SELECT COALESCE(sum(invested_rub), 0)::numeric(17, 2)::text AS verified
       FROM milestone_reports
     WHERE contract_id = $1 AND decision = 'accepted' AND submitted_at <= $2`,
    [contractId, by],
  );
  return verified;
}

/**
 * When an accepted `localization_confirmed` report first confirmed less than `offeredPct`:
 * the fact stands though a later report confirms more.
 */
export async function localizationFirstBelow(
  m: EntityManager,
  contractId: string,
  offeredPct: number,
): Promise<Date | null> {
  const [row] = await m.query<{ at: Date }[]>(
    `SELECT min(r.reviewed_at) AS at FROM milestone_reports r
       JOIN contract_milestones cm ON cm.id = r.milestone_id
     WHERE r.contract_id = $1 AND r.decision = 'accepted' AND cm.code = 'localization_confirmed'
       AND r.localization_pct < $2`,
    [contractId, offeredPct],
  );
  return row?.at ?? null;
}
