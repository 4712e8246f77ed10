import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit';
import { WorkingCalendarService } from '../../calendar';
import { enquiriesAskedBy, insertEnquiry } from '../infrastructure/enquiry-store';
import { lockTender, pullNextCheckForward } from '../infrastructure/tender-store';
import { EnquiryView, toEnquiryView } from './enquiry-view';

/** An investor asks a clarification question: until enquiriesUntil, 3 per organization. */
@Injectable()
export class AskQuestionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: WorkingCalendarService,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(investor: AuthUser, tenderId: string, question: string): Promise<EnquiryView> {
    const organizationId = investor.organizationId as string;
    const calendar = await this.calendars.calendar();
    const { view, nextCheckAt } = await this.dataSource.transaction(async (m) => {
      // FOR UPDATE: the limit per organization and nextCheckAt are both kept under this lock.
      const tender = await lockTender(m, tenderId, 'update');
      if (tender.status === 'draft') throw new NotFoundError('Tender');
      const now = await this.clock.now(m);
      if (tender.status !== 'tendering' || now >= tender.enquiriesUntil) {
        throw new DomainError(
          'ENQUIRIES_CLOSED',
          'Clarification questions are closed for this tender',
        );
      }
      const limit = tender.rules?.enquiriesPerOrganization ?? 3;
      const asked = await enquiriesAskedBy(m, tenderId, organizationId);
      if (asked >= limit) {
        throw new DomainError(
          'ENQUIRY_LIMIT_REACHED',
          `An organization may ask at most ${limit} questions`,
        );
      }
      const enquiry = await insertEnquiry(m, {
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
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'enquiry.asked',
        entityType: 'enquiry',
        entityId: enquiry.id,
        data: { tenderId },
      });
      // The answer is due in N working days; the chronograph reminds the commission then.
      const answerDue = calendar.addWorkingDays(now, tender.rules?.answerDueWorkingDays ?? 2);
      const nextCheckAt = await pullNextCheckForward(m, tenderId, answerDue);
      return { view: toEnquiryView(enquiry), nextCheckAt };
    });
    this.deadlines.scheduleTender(tenderId, nextCheckAt);
    return view;
  }
}
