import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { activeOfficerIds } from '../../accounts';
import { Criterion, criteriaProblems } from '../domain/criteria';
import { timelineProblems, Timeline } from '../domain/timeline';
import type { ProcedureRules } from '../domain/procedure-rules';
import type { WorkingDays } from '../domain/working-days';

export function assertCriteria(criteria: Criterion[], rules: ProcedureRules): void {
  const problems = criteriaProblems(criteria, rules.enforced ? rules.minPriceWeight : null);
  if (problems.length > 0) {
    throw new DomainError('INVALID_CRITERIA', `Invalid criteria: ${problems.join('; ')}`, problems);
  }
}

export function assertTimeline(
  timeline: Timeline,
  now: Date,
  rules: ProcedureRules,
  calendar: WorkingDays,
  biddingFrom?: Date,
): void {
  const problems = timelineProblems(timeline, now, rules, calendar, biddingFrom);
  if (problems.length > 0) {
    throw new DomainError('INVALID_TIMELINE', `Invalid timeline: ${problems.join('; ')}`, problems);
  }
}

/** The commission is made of active officers (DOMAIN.md §4: at least one). */
export async function assertCommission(m: EntityManager, ids: string[]): Promise<void> {
  const found = new Set(await activeOfficerIds(m, ids));
  const missing = ids.filter((id) => !found.has(id));
  if (ids.length === 0 || missing.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'The commission must be active officers', [
      { field: 'commission', errors: missing.map((id) => `${id} is not an active officer`) },
    ]);
  }
}
