import type { Criterion } from '../domain/criteria';
import type { OffsetConditions, Subject } from '../infrastructure/tender.entity';

/** A tender's editable content, as officers send it on create and draft edits. */
export interface TenderDraft {
  title: string;
  description: string;
  customer: string;
  subject: Subject;
  maxUnitPriceRub: string;
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
