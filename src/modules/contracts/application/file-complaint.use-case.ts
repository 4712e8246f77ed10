import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, ForbiddenError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import { ComplaintView, toComplaintView } from './complaint-view';
import { hasOpenedBid } from '../../bids';
import { tenderStatusForUpdate } from '../../tenders';
import { insertComplaint } from '../infrastructure/contract-records';

/**
 * DOMAIN.md §7: only an investor whose bid was opened may complain, and only during the
 * stand-still. A pending complaint suspends contracting until the admin records a decision.
 */
@Injectable()
export class FileComplaintUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    investor: AuthUser,
    tenderId: string,
    subject: string,
    text: string,
  ): Promise<ComplaintView> {
    return this.dataSource.transaction(async (m) => {
      const tender = await tenderStatusForUpdate(m, tenderId);
      if (!tender || tender.status === 'draft') throw new NotFoundError('Tender');
      const bidder = await hasOpenedBid(m, tenderId, investor.organizationId);
      if (!bidder) throw new ForbiddenError('Only investors whose bids were opened may complain');
      if (tender.status !== 'standstill') {
        throw new DomainError(
          'COMPLAINT_WINDOW_CLOSED',
          'Complaints are accepted during the stand-still only',
        );
      }
      const now = await this.clock.now(m);
      const id = randomUUID();
      await insertComplaint(m, {
        id,
        tenderId,
        organizationId: investor.organizationId,
        filedBy: investor.id,
        subject,
        text,
        filedAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor: investor,
        action: 'complaint.filed',
        entityType: 'complaint',
        entityId: id,
        data: { tenderId, subject },
      });
      return toComplaintView({
        id,
        tender_id: tenderId,
        subject,
        text,
        status: 'pending',
        filed_at: now,
      });
    });
  }
}
