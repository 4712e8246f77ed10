import type { EntityManager } from 'typeorm';
import { TenderAmendmentEntity } from './tender-amendment.entity';

export interface AmendmentOfTender {
  number: number;
  reason: string;
  createdAt: Date;
}

/** A tender's amendments, in number order. */
export async function amendmentsOfTender(
  m: EntityManager,
  tenderId: string,
): Promise<AmendmentOfTender[]> {
  const rows = await m
    .getRepository(TenderAmendmentEntity)
    .find({ where: { tenderId }, order: { number: 'ASC' } });
  return rows.map((a) => ({ number: a.number, reason: a.reason, createdAt: a.createdAt }));
}

export interface EnquiryOfTender {
  id: string;
  question: string;
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
}

/** A tender's clarification questions and answers, oldest first. */
export function enquiriesOfTender(m: EntityManager, tenderId: string): Promise<EnquiryOfTender[]> {
  return m.query<EnquiryOfTender[]>(
    `SELECT id, question, asked_at AS "askedAt", answer, answered_at AS "answeredAt"
     FROM enquiries WHERE tender_id = $1 ORDER BY asked_at, id`,
    [tenderId],
  );
}
