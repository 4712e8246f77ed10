import { Money } from '../../../common/money/money';
import type { DocumentView } from '../../../common/uploads/document-view';
import type { ProcedureRules } from '../domain/procedure-rules';
import type { TenderStatus } from '../domain/tender-status';
import type { TenderAmendmentEntity } from '../infrastructure/tender-amendment.entity';
import type { TenderDocumentSummary } from '../infrastructure/tender-document-store';
import { itemsOfTender, type SupplyItem } from '../domain/supply-plan';
import type { Cancellation, Subject, TenderEntity } from '../infrastructure/tender.entity';
import type { TenderDraft } from './tender-draft';

export interface AmendmentView {
  id: string;
  number: number;
  reason: string;
  changes: Record<string, unknown>;
  conditionChange: boolean;
  createdAt: string;
}

export interface TenderView extends Omit<
  TenderDraft,
  'timeline' | 'subject' | 'maxUnitPriceRub' | 'items'
> {
  /** One-item tenders only; null for several items (CONTRACT.md §1). */
  subject: Subject | null;
  maxUnitPriceRub: string | null;
  items: SupplyItem[];
  id: string;
  status: TenderStatus;
  timeline: {
    enquiriesUntil: string;
    submissionDeadline: string;
    standstillDays: number;
    signingDays: number;
  };
  rules: ProcedureRules | null;
  amendments: AmendmentView[];
  /** Public notice material, in clear (unlike a bid's documents). */
  documents: DocumentView[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancellation: Cancellation | null;
  /** Only once bids are opened (DOMAIN.md §5): before, not even the count is known. */
  bidsCount?: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toAmendmentView(a: TenderAmendmentEntity): AmendmentView {
  return {
    id: a.id,
    number: a.number,
    reason: a.reason,
    changes: a.changes,
    conditionChange: a.conditionChange,
    createdAt: a.createdAt.toISOString(),
  };
}

export function toTenderView(
  t: TenderEntity,
  amendments: TenderAmendmentEntity[],
  documents: TenderDocumentSummary[],
): TenderView {
  const view: TenderView = {
    id: t.id,
    status: t.status,
    title: t.title,
    description: t.description,
    customer: t.customer,
    subject: t.subject,
    maxUnitPriceRub: t.maxUnitPriceRub === null ? null : Money.parse(t.maxUnitPriceRub).toString(),
    items: itemsOfTender(t).map((item) => ({
      ...item,
      maxUnitPriceRub: Money.parse(item.maxUnitPriceRub).toString(),
    })),
    offsetConditions: {
      ...t.offsetConditions,
      minInvestmentRub: Money.parse(t.offsetConditions.minInvestmentRub).toString(),
      maxContractSharePct: t.offsetConditions.maxContractSharePct ?? null,
    },
    criteria: t.criteria,
    commission: t.commission,
    timeline: {
      enquiriesUntil: t.enquiriesUntil.toISOString(),
      submissionDeadline: t.submissionDeadline.toISOString(),
      standstillDays: t.standstillDays,
      signingDays: t.signingDays,
    },
    rules: t.rules,
    amendments: amendments.map(toAmendmentView),
    documents: documents.map(({ id, filename, size, sha256 }) => ({ id, filename, size, sha256 })),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    publishedAt: iso(t.publishedAt),
    cancelledAt: iso(t.cancelledAt),
    cancellation: t.cancellation,
  };
  if (t.bidsOpenedAt && t.bidsCount !== null) view.bidsCount = t.bidsCount;
  return view;
}
