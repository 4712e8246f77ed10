import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { NotFoundError } from '../../../common/errors/domain-error';
import { refusal, validationFailed } from '../../../common/errors/field-refusal';
import { appendAuditEvent } from '../../audit';
import { bidStatusIn } from '../../bids';
import { upsertExpertScore } from '../infrastructure/evaluation-rows';
import {
  assertCommissionMember,
  assertMayScore,
  EXPERT_CRITERIA,
  lockTenderInEvaluation,
} from './commission';

/**
 * A member's expert scores (0–100) for one admitted bid; a member may revise them until
 * the award. Scores are blind: no one reads another member's until all are in.
 */
@Injectable()
export class ScoreBidUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    member: AuthUser,
    tenderId: string,
    bidId: string,
    scores: Record<string, number>,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const tender = await lockTenderInEvaluation(m, tenderId);
      assertCommissionMember(tender, member);
      await assertMayScore(m, tenderId, member.id);
      const expected = tender.criteria
        .map((c) => c.code as string)
        .filter((c) => EXPERT_CRITERIA.includes(c));
      const given = Object.keys(scores);
      const wrong = given.filter((c) => !expected.includes(c));
      if (given.length === 0 || wrong.length > 0) {
        const message = `Score the tender's expert criteria: ${expected.join(', ')}`;
        throw validationFailed(
          message,
          wrong.length > 0
            ? wrong.map((c) =>
                refusal(
                  'scores',
                  `${c} is not an expert criterion of this tender`,
                  'notExpertCriterion',
                  c,
                ),
              )
            : [refusal('scores', message, 'scoreExpertCriteria', expected)],
        );
      }
      const status = await bidStatusIn(m, tenderId, bidId);
      if (status !== 'admitted') throw new NotFoundError('Admitted bid');
      const now = await this.clock.now(m);
      for (const [criterion, score] of Object.entries(scores)) {
        await upsertExpertScore(m, {
          tenderId,
          bidId,
          memberId: member.id,
          criterion,
          score,
          at: now,
        });
      }
      await appendAuditEvent(m, {
        at: now,
        actor: member,
        action: 'evaluation.expert_scored',
        entityType: 'bid',
        entityId: bidId,
        data: { tenderId, scores },
      });
    });
  }
}
