import type { EntityManager } from 'typeorm';
import { EnquiryEntity } from './enquiry.entity';

/** The tender's question, FOR UPDATE in the caller's transaction, if it exists. */
export function lockEnquiry(
  m: EntityManager,
  tenderId: string,
  enquiryId: string,
): Promise<EnquiryEntity | null> {
  return m.findOne(EnquiryEntity, {
    where: { id: enquiryId, tenderId },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Writes back a loaded (and locked) question after the caller changed its fields. */
export async function saveEnquiry(m: EntityManager, enquiry: EnquiryEntity): Promise<void> {
  await m.save(EnquiryEntity, enquiry);
}

/** How many questions this organization has asked on this tender. */
export function enquiriesAskedBy(
  m: EntityManager,
  tenderId: string,
  organizationId: string,
): Promise<number> {
  return m.count(EnquiryEntity, { where: { tenderId, organizationId } });
}

export async function insertEnquiry(
  m: EntityManager,
  enquiry: EnquiryEntity,
): Promise<EnquiryEntity> {
  const created = m.create(EnquiryEntity, enquiry);
  await m.insert(EnquiryEntity, created);
  return created;
}

/** One page of the tender's questions, oldest first, and the total. */
export function enquiriesPage(
  m: EntityManager,
  tenderId: string,
  limit: number,
  offset: number,
): Promise<[EnquiryEntity[], number]> {
  return m.getRepository(EnquiryEntity).findAndCount({
    where: { tenderId },
    order: { askedAt: 'ASC', id: 'ASC' },
    take: limit,
    skip: offset,
  });
}
