import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { EnquiryEntity } from '../infrastructure/enquiry.entity';
import { lockTender } from '../infrastructure/tender-store';
import { EnquiryView, toEnquiryView } from './enquiry-view';

/** An investor asks a clarification question: until enquiriesUntil, 3 per organization. */
@Injectable()
export class AskQuestionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(investor: AuthUser, tenderId: string, question: string): Promise<EnquiryView> {
    const organizationId = investor.organizationId as string;
    return this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, tenderId, 'share');
      if (tender.status === 'draft') throw new NotFoundError('Tender');
      // Serializes one organization's questions on one tender, so the limit holds under races.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `enquiry|${tenderId}|${organizationId}`,
      ]);
      const now = await this.clock.now();
      if (tender.status !== 'tendering' || now >= tender.enquiriesUntil) {
        throw new DomainError(
          'ENQUIRIES_CLOSED',
          'Clarification questions are closed for this tender',
        );
      }
      const limit = tender.rules?.enquiriesPerOrganization ?? 3;
      const asked = await m.count(EnquiryEntity, { where: { tenderId, organizationId } });
      if (asked >= limit) {
        throw new DomainError(
          'ENQUIRY_LIMIT_REACHED',
          `An organization may ask at most ${limit} questions`,
        );
      }
      const enquiry = m.create(EnquiryEntity, {
        id: randomUUID(),
        tenderId,
        organizationId,
        askedBy: investor.id,
        question,
        askedAt: now,
        answer: null,
        answeredBy: null,
        answeredAt: null,
      });
      await m.insert(EnquiryEntity, enquiry);
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'enquiry.asked',
        entityType: 'enquiry',
        entityId: enquiry.id,
        data: { tenderId },
      });
      return toEnquiryView(enquiry);
    });
  }
}
