import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money } from '../../../common/money/money';
import { organizationNames } from '../../accounts';
import {
  countPendingReviews,
  pendingReviews,
  type PendingReviewKind,
  type PendingReviewRow,
} from '../infrastructure/pending-review-rows';

export interface PendingReviewView {
  kind: PendingReviewKind;
  reportId: string;
  contractId: string;
  tenderId: string;
  organization: { id: string; name: string; inn: string };
  submittedAt: string;
  documentIds: string[];
  milestone: { id: string; code: string; title: string; dueDate: string } | null;
  note: string | null;
  investedRub: string | null;
  localizationPct: number | null;
  year: number | null;
  producedByItem: Record<string, number> | null;
}

/**
 * The auditor's review queue: every milestone and production report still awaiting a
 * verdict, across all active contracts, oldest first. Officers read it too (no verdict).
 */
@Injectable()
export class PendingReviewsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(kind: PendingReviewKind | undefined, limit: number, offset: number) {
    const m = this.dataSource.manager;
    const [rows, total] = await Promise.all([
      pendingReviews(m, kind, limit, offset),
      countPendingReviews(m, kind),
    ]);
    const orgs = await organizationNames(m, [...new Set(rows.map((r) => r.organization_id))]);
    return {
      items: rows.map((r) =>
        toView(r, orgs.get(r.organization_id) ?? { id: r.organization_id, name: '', inn: '' }),
      ),
      total,
    };
  }
}

function toView(r: PendingReviewRow, organization: PendingReviewView['organization']) {
  const milestone =
    r.milestone_id && r.milestone_code && r.milestone_title && r.milestone_due_date
      ? {
          id: r.milestone_id,
          code: r.milestone_code,
          title: r.milestone_title,
          dueDate: new Date(r.milestone_due_date).toISOString(),
        }
      : null;
  const view: PendingReviewView = {
    kind: r.kind,
    reportId: r.id,
    contractId: r.contract_id,
    tenderId: r.tender_id,
    organization: { id: organization.id, name: organization.name, inn: organization.inn },
    submittedAt: new Date(r.submitted_at).toISOString(),
    documentIds: r.document_ids,
    milestone,
    note: r.note,
    investedRub: r.invested_rub === null ? null : Money.parse(r.invested_rub).toString(),
    localizationPct: r.localization_pct,
    year: r.year,
    producedByItem: r.produced_by_item ? { ...r.produced_by_item } : null,
  };
  return view;
}
