import type { EnquiryEntity } from '../infrastructure/enquiry.entity';

/** Deliberately without the asker: questions are public, who asked is not. */
export interface EnquiryView {
  id: string;
  tenderId: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export function toEnquiryView(e: EnquiryEntity): EnquiryView {
  return {
    id: e.id,
    tenderId: e.tenderId,
    question: e.question,
    askedAt: e.askedAt.toISOString(),
    answer: e.answer,
    answeredAt: e.answeredAt ? e.answeredAt.toISOString() : null,
  };
}
