import type { Criterion } from '../domain/criteria';
import type { SupplyItem } from '../domain/supply-plan';
import type { OffsetConditions, Subject } from '../infrastructure/tender.entity';

/** A tender's editable content, as officers send it on create and draft edits. */
export interface TenderDraft {
  title: string;
  description: string;
  customer: string;
  /** Either the one-line subject with its ceiling, or items (CONTRACT.md §1). */
  subject?: Subject;
  maxUnitPriceRub?: string;
  items?: SupplyItem[];
  offsetConditions: OffsetConditions;
  criteria: Criterion[];
  commission: string[];
  timeline: {
    enquiriesUntil: string;
    submissionDeadline: string;
    standstillDays?: number;
    signingDays?: number;
  };
}
