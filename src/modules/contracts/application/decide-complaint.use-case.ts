import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { ComplaintRow, ComplaintView, toComplaintView } from './complaint-view';

/**
 * The admin records the review body's (FAS) decision (DOMAIN.md §7). Upheld: the award is
 * cancelled and the tender goes back to evaluation with the protocol reopened. Dismissed:
 * the stand-still ends at the later of its end and the decision.
 */
@Injectable()
export class DecideComplaintUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(
    admin: AuthUser,
    tenderId: string,
    complaintId: string,
    decision: 'upheld' | 'dismissed',
    reason: string,
  ): Promise<ComplaintView> {
    const view = await this.dataSource.transaction(async (m) => {
      const [tender] = await m.query<{ status: string }[]>(
        'SELECT status FROM tenders WHERE id = $1 FOR UPDATE',
        [tenderId],
      );
      // The review body decides on a stand-still; a tender cancelled meanwhile stays cancelled.
      if (!tender || tender.status !== 'standstill') {
        throw new InvalidStateError(
          'Complaints are decided during the stand-still',
          tender?.status ?? 'missing',
        );
      }
      const now = await this.clock.now(m);
      const [[row]] = await m.query<[(ComplaintRow | undefined)[], number]>(
        `UPDATE complaints SET status = $3, decided_by = $4, decided_at = $6, decision_reason = $5
         WHERE id = $1 AND tender_id = $2 AND status = 'pending' RETURNING *`,
        [complaintId, tenderId, decision, admin.id, reason, now],
      );
      if (!row) {
        const [exists] = await m.query<unknown[]>(
          'SELECT 1 FROM complaints WHERE id = $1 AND tender_id = $2',
          [complaintId, tenderId],
        );
        if (!exists) throw new NotFoundError('Complaint');
        throw new InvalidStateError('The complaint is already decided', 'decided');
      }
      if (decision === 'upheld') {
        await m.query(
          `UPDATE awards SET status = 'cancelled' WHERE tender_id = $1 AND status = 'pending'`,
          [tenderId],
        );
        await m.query(
          `UPDATE evaluation_protocols SET status = 'in_progress' WHERE tender_id = $1`,
          [tenderId],
        );
        await m.query(
          `UPDATE bids SET status = 'admitted', updated_at = $2 WHERE tender_id = $1 AND status IN ('awarded', 'lost')`,
          [tenderId, now],
        );
        await m.query(`UPDATE tenders SET status = 'evaluation', updated_at = $2 WHERE id = $1`, [
          tenderId,
          now,
        ]);
      } else {
        await m.query(
          `UPDATE awards SET standstill_ends_at = GREATEST(standstill_ends_at, $2)
           WHERE tender_id = $1 AND status = 'pending'`,
          [tenderId, now],
        );
      }
      // Due now: the chronograph recomputes the tender's next check from the new state.
      await m.query('UPDATE tenders SET next_check_at = $2 WHERE id = $1', [tenderId, now]);
      await appendAuditEvent(m, {
        at: now,
        actor: admin,
        action: `complaint.${decision}`,
        entityType: 'complaint',
        entityId: complaintId,
        data: { tenderId, reason },
      });
      return toComplaintView(row);
    });
    this.deadlines.scheduleTender(tenderId, new Date(0));
    return view;
  }
}
