import type { EntityManager } from 'typeorm';
import { Money } from '../../../common/money/money';
import { milestonesWithReports } from '../infrastructure/milestone-rows';

export interface MilestoneView {
  id: string;
  code: string;
  title: string;
  dueMonth: number;
  dueDate: string;
  plannedInvestmentRub: string;
  status: string;
  metAt: string | null;
  reports: {
    id: string;
    note: string;
    investedRub: string;
    documentIds: string[];
    submittedAt: string;
    review: { decision: string; comment: string; reviewerId: string; at: string } | null;
  }[];
}

/** API.md's milestones of a contract, each with its reports and their reviews. */
export async function milestonesOf(m: EntityManager, contractId: string): Promise<MilestoneView[]> {
  const rows = await milestonesWithReports(m, contractId);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    dueMonth: r.due_month,
    dueDate: r.due_date.toISOString(),
    plannedInvestmentRub: Money.parse(r.planned_investment_rub).toString(),
    status: r.status,
    metAt: r.met_at ? r.met_at.toISOString() : null,
    reports: r.reports.map((x) => ({
      id: x.id,
      note: x.note,
      investedRub: Money.parse(String(x.invested_rub)).toString(),
      documentIds: x.document_ids,
      submittedAt: new Date(x.submitted_at).toISOString(),
      review:
        x.decision && x.reviewer_id && x.reviewed_at
          ? {
              decision: x.decision,
              comment: x.comment ?? '',
              reviewerId: x.reviewer_id,
              at: new Date(x.reviewed_at).toISOString(),
            }
          : null,
    })),
  }));
}
