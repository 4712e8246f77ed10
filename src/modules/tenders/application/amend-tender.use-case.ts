import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { refusal, validationFailed } from '../../../common/errors/field-refusal';
import { RuleProblemsError } from '../../../common/errors/rule-problems';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit';
import { WorkingCalendarService } from '../../calendar';
import { canTransition } from '../../../common/status/transition-table';
import type { Criterion } from '../domain/criteria';
import type { SupplyItem } from '../domain/supply-plan';
import { TENDER_TRANSITIONS } from '../domain/tender-status';
import { nextTenderCheck } from '../domain/tender-next-check';
import {
  amendmentCutoff,
  deadlineAfterConditionChange,
  timelineProblems,
} from '../domain/timeline';
import type { OffsetConditions, Subject, TenderEntity } from '../infrastructure/tender.entity';
import {
  amendmentsOf,
  lockTender,
  saveAmendment,
  saveTender,
} from '../infrastructure/tender-store';
import { assertCriteria, offsetConditionsAfter, resolveLines } from './tender-checks';
import { TenderLifecycleHooks } from './tender-lifecycle-hooks';
import { AmendmentView, toAmendmentView } from './tender-view';

export interface AmendmentChanges {
  description?: string;
  submissionDeadline?: string;
  enquiriesUntil?: string;
  maxUnitPriceRub?: string;
  subject?: Subject;
  items?: SupplyItem[];
  offsetConditions?: OffsetConditions;
  criteria?: Criterion[];
}

/**
 * API.md: these change the conditions bidders priced; the rest are clarifications.
 * `items` is the several-line form of subject and ceiling (CONTRACT.md §1).
 */
const CONDITION_FIELDS = [
  'maxUnitPriceRub',
  'subject',
  'items',
  'offsetConditions',
  'criteria',
] as const;

export interface AmendmentResult extends AmendmentView {
  submissionDeadline: string;
}

@Injectable()
export class AmendTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: WorkingCalendarService,
    private readonly deadlines: DeadlineScheduler,
    private readonly hooks: TenderLifecycleHooks,
  ) {}

  async execute(
    actor: Actor,
    id: string,
    reason: string,
    changes: AmendmentChanges,
  ): Promise<AmendmentResult> {
    if (Object.keys(changes).length === 0) {
      throw validationFailed('An amendment must change something', [
        refusal('changes', 'must not be empty', 'amendmentChangesNothing'),
      ]);
    }
    const calendar = await this.calendars.calendar();
    const { result, nextCheckAt } = await this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, id, 'update');
      const rules = tender.rules;
      if (!canTransition(TENDER_TRANSITIONS, tender.status, 'amend') || !rules) {
        throw new InvalidStateError('Only a tender in tendering can be amended', tender.status);
      }
      const now = await this.clock.now(m);
      if (now >= amendmentCutoff(tender.submissionDeadline, rules, calendar)) {
        throw new InvalidStateError('Amendments are closed for this tender', tender.status);
      }
      if (changes.criteria) assertCriteria(changes.criteria, rules);
      const offsetConditions = changes.offsetConditions
        ? offsetConditionsAfter(
            tender.offsetConditions,
            changes.offsetConditions,
            changes.items !== undefined,
          )
        : tender.offsetConditions;
      const lines = resolveLines(tender, changes, offsetConditions);
      const conditionChange = CONDITION_FIELDS.some((field) => changes[field] !== undefined);
      const previous = Object.fromEntries(
        Object.keys(changes).map((field) => [
          field,
          previousValue(tender, field as keyof AmendmentChanges),
        ]),
      );
      const timeline = {
        enquiriesUntil: changes.enquiriesUntil
          ? new Date(changes.enquiriesUntil)
          : tender.enquiriesUntil,
        submissionDeadline: changes.submissionDeadline
          ? new Date(changes.submissionDeadline)
          : tender.submissionDeadline,
      };
      if (changes.enquiriesUntil || changes.submissionDeadline) {
        // Moving only the deadline keeps a question period that has already ended.
        const problems = timelineProblems(
          timeline,
          now,
          rules,
          calendar,
          tender.publishedAt ?? now,
        ).filter((p) => changes.enquiriesUntil || p.code !== 'enquiriesUntilInFuture');
        if (problems.length > 0) {
          throw new RuleProblemsError('INVALID_TIMELINE', 'Invalid timeline', problems);
        }
      }
      if (conditionChange) {
        timeline.submissionDeadline = deadlineAfterConditionChange(
          timeline.submissionDeadline,
          now,
          rules,
          calendar,
        );
      }
      const { enquiriesUntil: _e, submissionDeadline: _s, ...content } = changes;
      Object.assign(tender, content, lines, timeline, { offsetConditions, updatedAt: now });
      tender.nextCheckAt = nextTenderCheck(tender)?.at ?? null;
      await saveTender(m, tender);
      const number = (await amendmentsOf(m, id)).length + 1;
      const amendment = await saveAmendment(m, {
        id: randomUUID(),
        tenderId: id,
        number,
        reason,
        changes: { ...changes },
        previous,
        conditionChange,
        createdBy: actor.id,
        createdAt: now,
      });
      await appendAuditEvent(m, {
        at: now,
        actor,
        action: 'tender.amended',
        entityType: 'tender',
        entityId: id,
        data: { number, reason, changes: { ...changes }, previous, conditionChange },
      });
      if (conditionChange) await this.hooks.conditionsChanged(m, id, now);
      return {
        result: {
          ...toAmendmentView(amendment),
          submissionDeadline: tender.submissionDeadline.toISOString(),
        },
        nextCheckAt: tender.nextCheckAt,
      };
    });
    this.deadlines.scheduleTender(id, nextCheckAt);
    return result;
  }
}

function previousValue(tender: TenderEntity, field: keyof AmendmentChanges): unknown {
  const value = tender[field];
  return value instanceof Date ? value.toISOString() : value;
}
