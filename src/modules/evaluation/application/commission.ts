import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import {
  DomainError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
} from '../../../common/errors/domain-error';
import { tenderForEvaluationForUpdate, type Criterion } from '../../tenders';
import type { TenderStatus } from '../../tenders';
import { declarationOf, membersWithoutConflict } from '../infrastructure/evaluation-rows';

/** Criteria the commission scores by hand; the rest are computed from bids. */
export const EXPERT_CRITERIA: readonly string[] = ['technology'];

export interface TenderUnderEvaluation {
  id: string;
  status: TenderStatus;
  commission: string[];
  criteria: Criterion[];
  standstillDays: number;
}

/** Locks the tender for an evaluation step and checks it is being evaluated. */
export async function lockTenderInEvaluation(
  m: EntityManager,
  tenderId: string,
): Promise<TenderUnderEvaluation> {
  const row = await tenderForEvaluationForUpdate(m, tenderId);
  if (!row || row.status === 'draft') throw new NotFoundError('Tender');
  if (row.status !== 'evaluation')
    throw new InvalidStateError('The tender is not in evaluation', row.status);
  return { ...row, standstillDays: row.standstill_days };
}

/** API.md: an officer outside the commission gets 403 FORBIDDEN. */
export function assertCommissionMember(tender: TenderUnderEvaluation, user: AuthUser): void {
  if (!tender.commission.includes(user.id))
    throw new ForbiddenError('Only commission members may do this');
}

/** A member scores only after declaring, and never with a conflict of interest. */
export async function assertMayScore(
  m: EntityManager,
  tenderId: string,
  memberId: string,
): Promise<void> {
  const declaration = await declarationOf(m, tenderId, memberId);
  if (!declaration) {
    throw new DomainError('DECLARATION_REQUIRED', 'Declare conflicts of interest before scoring');
  }
  if (declaration.conflict_of_interest) {
    throw new DomainError(
      'CONFLICT_OF_INTEREST',
      'A member with a conflict of interest does not score this tender',
    );
  }
}

/**
 * The members who must score: the whole commission but those who declared a conflict. A
 * member who has not declared yet still owes scores, so the evaluation is incomplete.
 */
export function scoringMembers(
  m: EntityManager,
  tenderId: string,
  commission: string[],
): Promise<string[]> {
  return membersWithoutConflict(m, tenderId, commission);
}
