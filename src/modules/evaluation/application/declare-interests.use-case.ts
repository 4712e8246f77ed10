import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { isUniqueViolation } from '../../../common/persistence/unique-violation';
import { appendAuditEvent } from '../../audit';
import { insertDeclaration } from '../infrastructure/evaluation-rows';
import { assertCommissionMember, lockTenderInEvaluation } from './commission';

export interface DeclarationView {
  tenderId: string;
  memberId: string;
  conflictOfInterest: boolean;
  note: string | null;
  declaredAt: string;
}

/** Each commission member declares conflicts of interest once, before scoring. */
@Injectable()
export class DeclareInterestsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(
    member: AuthUser,
    tenderId: string,
    conflictOfInterest: boolean,
    note?: string,
  ): Promise<DeclarationView> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const tender = await lockTenderInEvaluation(m, tenderId);
        assertCommissionMember(tender, member);
        const now = await this.clock.now(m);
        await insertDeclaration(m, {
          tenderId,
          memberId: member.id,
          conflictOfInterest,
          note: note ?? null,
          at: now,
        });
        await appendAuditEvent(m, {
          at: now,
          actor: member,
          action: 'evaluation.interests_declared',
          entityType: 'tender',
          entityId: tenderId,
          data: { conflictOfInterest, note: note ?? null },
        });
        return {
          tenderId,
          memberId: member.id,
          conflictOfInterest,
          note: note ?? null,
          declaredAt: now.toISOString(),
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'commission_declarations_pkey')) {
        throw new InvalidStateError('You have already declared for this tender', 'declared');
      }
      throw error;
    }
  }
}
