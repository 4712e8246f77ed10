import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, ForbiddenError, NotFoundError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import { ComplaintView, toComplaintView } from './complaint-view';

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
      const [tender] = await m.query<{ status: string }[]>(
        'SELECT status FROM tenders WHERE id = $1 FOR UPDATE',
        [tenderId],
      );
      if (!tender || tender.status === 'draft') throw new NotFoundError('Tender');
      const [bidder] = await m.query<unknown[]>(
        'SELECT 1 FROM bids WHERE tender_id = $1 AND organization_id = $2 AND opened_content IS NOT NULL',
        [tenderId, investor.organizationId],
      );
      if (!bidder) throw new ForbiddenError('Only investors whose bids were opened may complain');
      if (tender.status !== 'standstill') {
        throw new DomainError(
          'COMPLAINT_WINDOW_CLOSED',
          'Complaints are accepted during the stand-still only',
        );
      }
      const now = await this.clock.now(m);
      const id = randomUUID();
      await m.query(
        `INSERT INTO complaints (id, tender_id, organization_id, filed_by, subject, text, status, filed_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)`,
        [id, tenderId, investor.organizationId, investor.id, subject, text, now],
      );
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
