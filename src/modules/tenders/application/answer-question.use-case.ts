import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import { lockEnquiry, saveEnquiry } from '../infrastructure/enquiry-store';
import { EnquiryView, toEnquiryView } from './enquiry-view';

/** An officer answers a question once; the answer is public, the asker never is. */
@Injectable()
export class AnswerQuestionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    officer: Actor,
    tenderId: string,
    enquiryId: string,
    answer: string,
  ): Promise<EnquiryView> {
    return this.dataSource.transaction(async (m) => {
      const enquiry = await lockEnquiry(m, tenderId, enquiryId);
      if (!enquiry) throw new NotFoundError('Question');
      if (enquiry.answer !== null)
        throw new InvalidStateError('This question is already answered', 'answered');
      const now = await this.clock.now(m);
      Object.assign(enquiry, { answer, answeredBy: officer.id, answeredAt: now });
      await saveEnquiry(m, enquiry);
      await appendAuditEvent(m, {
        at: now,
        actor: officer,
        action: 'enquiry.answered',
        entityType: 'enquiry',
        entityId: enquiryId,
        data: { tenderId },
      });
      return toEnquiryView(enquiry);
    });
  }
}
