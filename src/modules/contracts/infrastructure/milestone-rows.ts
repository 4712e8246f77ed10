import type { EntityManager } from 'typeorm';
import type { ComplianceMilestone } from '../domain/compliance';
import type { MilestoneStatus } from '../domain/milestone-status';

export interface NewMilestone {
  id: string;
  contractId: string;
  position: number;
  code: string;
  title: string;
  dueMonth: number;
  dueDate: Date;
  plannedInvestmentRub: string;
}

export async function insertMilestone(m: EntityManager, x: NewMilestone): Promise<void> {
  await m.query(
    `INSERT INTO contract_milestones (id, contract_id, position, code, title, due_month, due_date,
       planned_investment_rub, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending')`,
    [
      x.id,
      x.contractId,
      x.position,
      x.code,
      x.title,
      x.dueMonth,
      x.dueDate,
      x.plannedInvestmentRub,
    ],
  );
}

export async function milestoneOfContract(
  m: EntityManager,
  milestoneId: string,
  contractId: string,
): Promise<{ status: MilestoneStatus; due_date: Date } | undefined> {
  const [milestone] = await m.query<{ status: MilestoneStatus; due_date: Date }[]>(
    'SELECT status, due_date FROM contract_milestones WHERE id = $1 AND contract_id = $2',
    [milestoneId, contractId],
  );
  return milestone;
}

export interface MilestoneWithReportsRow {
  id: string;
  code: string;
  title: string;
  due_month: number;
  due_date: Date;
  planned_investment_rub: string;
  status: string;
  met_at: Date | null;
  reports: {
    id: string;
    note: string;
    invested_rub: string;
    document_ids: string[];
    submitted_at: string;
    decision: string | null;
    comment: string | null;
    reviewer_id: string | null;
    reviewed_at: string | null;
  }[];
}

/** The contract's milestones in plan order, each with its reports (JSON, by submission). */
export function milestonesWithReports(
  m: EntityManager,
  contractId: string,
): Promise<MilestoneWithReportsRow[]> {
  return m.query<MilestoneWithReportsRow[]>(
    `SELECT cm.*, COALESCE(json_agg(r ORDER BY r.submitted_at) FILTER (WHERE r.id IS NOT NULL), '[]') AS reports
     FROM contract_milestones cm LEFT JOIN milestone_reports r ON r.milestone_id = cm.id
     WHERE cm.contract_id = $1 GROUP BY cm.id ORDER BY cm.position`,
    [contractId],
  );
}

export interface ComplianceMilestoneRow {
  id: string;
  code: string;
  status: ComplianceMilestone['status'];
  due_date: Date;
  planned: string;
  met_at: Date | null;
  last_report_at: Date | null;
  /** The accepted report's verified investment and review instant; null without one. */
  accepted_invested: string | null;
  accepted_at: Date | null;
}

export function complianceMilestones(
  m: EntityManager,
  contractId: string,
): Promise<ComplianceMilestoneRow[]> {
  return m.query<ComplianceMilestoneRow[]>(
    `SELECT id, code, status, due_date, planned_investment_rub AS planned, met_at,
       (SELECT max(r.submitted_at) FROM milestone_reports r WHERE r.milestone_id = cm.id) AS last_report_at,
       a.invested_rub AS accepted_invested, a.reviewed_at AS accepted_at
     FROM contract_milestones cm
     LEFT JOIN LATERAL (SELECT r.invested_rub, r.reviewed_at FROM milestone_reports r
       WHERE r.milestone_id = cm.id AND r.decision = 'accepted'
       ORDER BY r.reviewed_at DESC LIMIT 1) a ON true
     WHERE cm.contract_id = $1 ORDER BY cm.position`,
    [contractId],
  );
}
