import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { changeBidStatus, changeTenderBidsStatus } from '../../bids';
import { changeTenderStatus } from '../../tenders';
import { insertPendingAward } from '../infrastructure/evaluation-rows';
import { protocolInputsChanged } from '../infrastructure/kept-protocol.store';
import { freezeKeptProtocol } from '../infrastructure/protocol-status.writer';
import { DAY_MS } from '../../tenders';
import { lockTenderInEvaluation } from './commission';
import { currentProtocol, type JsonBytes, type Protocol, protocolBody } from './protocol';

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

  async execute(officer: AuthUser, tenderId: string): Promise<JsonBytes<Protocol>> {
    const { final, standstillEndsAt } = await this.dataSource.transaction(async (m) => {
      const tender = await lockTenderInEvaluation(m, tenderId);
      const now = await this.clock.now(m);
      // Under the lock every input change takes, the kept protocol is current.
      const { document, stamp, kept } = await currentProtocol(m, tenderId);
      if (!kept) throw new Error(`tender ${tenderId}: the protocol's inputs moved under its lock`);
      const { summary } = document;
      if (summary.admittedBids === 0) {
        throw new DomainError(
          'NO_ADMISSIBLE_BIDS',
          'No bid is admitted; declare the tender unsuccessful instead',
        );
      }
      if (!summary.expertScoresComplete) {
        throw new DomainError(
          'EVALUATION_INCOMPLETE',
          'Every scoring member must score every admitted bid first',
        );
      }
      const { winner } = summary;
      if (!winner) throw new DomainError('EVALUATION_INCOMPLETE', 'No bid ranks first');
      await freezeKeptProtocol(m, tenderId, stamp, now);
      // The award's bids are recorded by its `tender.awarded` event.
      await changeBidStatus(m, { bidId: winner.bidId, event: 'award', at: now, audit: null });
      await changeTenderBidsStatus(m, {
        tenderId,
        event: 'lose',
        at: now,
        exceptBidId: winner.bidId,
        audit: null,
      });
      // The bids moved: a protocol kept for the evaluation is past (a reopening recomputes).
      await protocolInputsChanged(m, [tenderId]);
      const final = protocolBody(document.json, 'final');
      const standstillEndsAt = new Date(now.getTime() + tender.standstillDays * DAY_MS);
      await insertPendingAward(m, {
        id: randomUUID(),
        tenderId,
        bidId: winner.bidId,
        awardedBy: officer.id,
        at: now,
        standstillEndsAt,
      });
      await changeTenderStatus(m, {
        tenderId,
        event: 'award',
        at: now,
        set: { nextCheckAt: standstillEndsAt },
        audit: {
          at: now,
          actor: officer,
          action: 'tender.awarded',
          entityType: 'tender',
          entityId: tenderId,
          data: {
            bidId: winner.bidId,
            total: winner.total ?? undefined,
            standstillEndsAt: standstillEndsAt.toISOString(),
          },
        },
      });
      return { final, standstillEndsAt };
    });
    this.deadlines.scheduleTender(tenderId, standstillEndsAt);
    return final;
  }
}
