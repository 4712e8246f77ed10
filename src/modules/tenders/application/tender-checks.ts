import type { EntityManager } from 'typeorm';
import { refusal, validationFailed } from '../../../common/errors/field-refusal';
import { RuleProblemsError } from '../../../common/errors/rule-problems';
import { activeOfficerIds } from '../../accounts';
import { Criterion, criteriaProblems } from '../domain/criteria';
import { timelineProblems, Timeline } from '../domain/timeline';
import type { ProcedureRules } from '../domain/procedure-rules';
import type { WorkingDays } from '../domain/working-days';
import { Money } from '../../../common/money/money';
import {
  DEFAULT_MAX_CONTRACT_SHARE_PCT,
  itemsOfTender,
  supplyPlanProblems,
} from '../domain/supply-plan';
import { linesAfter, type LinesChange, type TenderLines } from '../domain/tender-lines';
import type { OffsetConditions, TenderEntity } from '../infrastructure/tender.entity';

export function assertCriteria(criteria: Criterion[], rules: ProcedureRules): void {
  const problems = criteriaProblems(criteria, rules.enforced ? rules.minPriceWeight : null);
  if (problems.length > 0) {
    throw new RuleProblemsError('INVALID_CRITERIA', 'Invalid criteria', problems);
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
    throw new RuleProblemsError('INVALID_TIMELINE', 'Invalid timeline', problems);
  }
}

/** The commission is made of active officers (DOMAIN.md §4: at least one). */
export async function assertCommission(m: EntityManager, ids: string[]): Promise<void> {
  const found = new Set(await activeOfficerIds(m, ids));
  const missing = ids.filter((id) => !found.has(id));
  if (ids.length === 0) {
    throw validationFailed('The commission must be active officers', [
      refusal('commission', 'must name at least 1 active officer', 'arrayMinSize', 1),
    ]);
  }
  if (missing.length > 0) {
    throw validationFailed(
      'The commission must be active officers',
      missing.map((id) =>
        refusal('commission', `${id} is not an active officer`, 'notActiveOfficer', id),
      ),
    );
  }
}

/**
 * The tender's lines after a create (`current` null), draft edit or amendment, checked:
 * a mixed or missing form is 400 VALIDATION_FAILED, a bad plan 400 INVALID_SUPPLY_PLAN
 * with the problems as details (CONTRACT.md §1). Ceilings are kept with 2 decimals, so a
 * stored item compares equal to the spread of the stored one-line subject.
 */
export function resolveLines(
  current: TenderEntity | null,
  change: LinesChange,
  offsetConditions: OffsetConditions,
): TenderLines {
  const normalized: LinesChange = {
    ...change,
    maxUnitPriceRub: change.maxUnitPriceRub && money(change.maxUnitPriceRub),
    items: change.items?.map((item) => ({
      code: item.code,
      name: item.name,
      unit: item.unit,
      maxUnitPriceRub: money(item.maxUnitPriceRub),
      quantityByYear: item.quantityByYear,
    })),
  };
  const ceiling = current?.maxUnitPriceRub && money(current.maxUnitPriceRub);
  const outcome = linesAfter(
    current && {
      // A tender made before items derives them from the same 2-decimal ceiling.
      items: itemsOfTender({ ...current, maxUnitPriceRub: ceiling ?? null }),
      subject: current.subject,
      maxUnitPriceRub: ceiling ?? null,
      terms: current.offsetConditions,
    },
    normalized,
    offsetConditions,
  );
  if ('invalid' in outcome) {
    throw validationFailed('Invalid product lines', outcome.invalid);
  }
  const problems = supplyPlanProblems(outcome.lines.items, offsetConditions);
  if (problems.length > 0) {
    throw new RuleProblemsError('INVALID_SUPPLY_PLAN', 'Invalid supply plan', problems);
  }
  return outcome.lines;
}

/**
 * `maxContractSharePct` omitted keeps the tender's value; a new tender takes 30 when
 * written with items and none in the one-line form, whose version-1 bids were never
 * measured against their plant's output (CONTRACT.md §1, README "Product lines").
 */
export function offsetConditionsAfter(
  current: OffsetConditions | null,
  given: OffsetConditions,
  withItems: boolean,
): OffsetConditions {
  if (given.maxContractSharePct !== undefined) return given;
  const kept = current?.maxContractSharePct;
  return {
    ...given,
    maxContractSharePct:
      kept !== undefined ? kept : withItems ? DEFAULT_MAX_CONTRACT_SHARE_PCT : null,
  };
}

const money = (value: string) => Money.parse(value).toString();
