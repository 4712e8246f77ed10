import type { ProductionReportRow } from '../infrastructure/production-report-rows';

export interface ProductionReportView {
  id: string;
  contractId: string;
  year: number;
  producedByItem: Record<string, number>;
  documentIds: string[];
  submittedAt: string;
  review: { decision: string; comment: string; reviewerId: string; at: string } | null;
}

export function toProductionReportView(r: ProductionReportRow): ProductionReportView {
  return {
    id: r.id,
    contractId: r.contract_id,
    year: r.year,
    producedByItem: { ...r.produced_by_item },
    documentIds: r.document_ids,
    submittedAt: new Date(r.submitted_at).toISOString(),
    review:
      r.decision && r.reviewer_id && r.reviewed_at
        ? {
            decision: r.decision,
            comment: r.comment ?? '',
            reviewerId: r.reviewer_id,
            at: new Date(r.reviewed_at).toISOString(),
          }
        : null,
  };
}
