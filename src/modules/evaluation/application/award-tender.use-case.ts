import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { DAY_MS } from '../../tenders/domain/procedure-rules';
import { lockTenderInEvaluation } from './commission';
import { computeProtocol, Protocol } from './protocol';

/**
 * DOMAIN.md §7: the award freezes the protocol (final), marks rank 1 awarded and the other
 * admitted bids lost, and starts the stand-still.
 */
@Injectable()
export class AwardTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(officer: AuthUser, tenderId: string): Promise<Protocol> {
    const { final, standstillEndsAt } = await this.dataSource.transaction(async (m) => {
      const tender = await lockTenderInEvaluation(m, tenderId);
      const now = await this.clock.now(m);
      const protocol = await computeProtocol(m, tenderId);
      if (!protocol.bids.some((b) => b.admitted)) {
        throw new DomainError(
          'NO_ADMISSIBLE_BIDS',
          'No bid is admitted; declare the tender unsuccessful instead',
        );
      }
      if (!protocol.expertScoresComplete) {
        throw new DomainError(
          'EVALUATION_INCOMPLETE',
          'Every scoring member must score every admitted bid first',
        );
      }
      const winner = protocol.bids.find((b) => b.rank === 1);
      if (!winner) throw new DomainError('EVALUATION_INCOMPLETE', 'No bid ranks first');
      await m.query(
        `UPDATE bids SET status = CASE WHEN id = $2 THEN 'awarded' ELSE 'lost' END, updated_at = $3
         WHERE tender_id = $1 AND status = 'admitted'`,
        [tenderId, winner.bidId, now],
      );
      const final: Protocol = { ...protocol, status: 'final' };
      await m.query(
        // A complaint upheld reopens the protocol; the next award freezes it again.
        `INSERT INTO evaluation_protocols (tender_id, status, protocol, finalized_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tender_id) DO UPDATE SET status = EXCLUDED.status, protocol = EXCLUDED.protocol,
           finalized_at = EXCLUDED.finalized_at`,
        [tenderId, 'final', JSON.stringify(final), now],
      );
      const standstillEndsAt = new Date(now.getTime() + tender.standstillDays * DAY_MS);
      await m.query(
        `INSERT INTO awards (id, tender_id, bid_id, status, awarded_by, awarded_at, standstill_ends_at)
         VALUES ($1, $2, $3, 'pending', $4, $5, $6)`,
        [randomUUID(), tenderId, winner.bidId, officer.id, now, standstillEndsAt],
      );
      await m.query(
        `UPDATE tenders SET status = 'standstill', updated_at = $2, next_check_at = $3 WHERE id = $1`,
        [tenderId, now, standstillEndsAt],
      );
      await appendAuditEvent(m, {
        at: now,
        actor: officer,
        action: 'tender.awarded',
        entityType: 'tender',
        entityId: tenderId,
        data: {
          bidId: winner.bidId,
          total: winner.scores?.total,
          standstillEndsAt: standstillEndsAt.toISOString(),
        },
      });
      return { final, standstillEndsAt };
    });
    this.deadlines.scheduleTender(tenderId, standstillEndsAt);
    return final;
  }
}
