import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { appendAuditEvent } from '../../audit';
import { insertTender } from '../infrastructure/tender-store';
import { ProcedureRulesProvider } from './procedure-rules.provider';
import {
  assertCommission,
  assertCriteria,
  offsetConditionsAfter,
  resolveLines,
} from './tender-checks';
import type { TenderDraft } from './tender-draft';
import { toTenderView, TenderView } from './tender-view';

/** An officer drafts a tender; nothing is public until it is published. */
@Injectable()
export class CreateTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rules: ProcedureRulesProvider,
  ) {}

  async execute(actor: Actor, draft: TenderDraft): Promise<TenderView> {
    const rules = this.rules.current();
    assertCriteria(draft.criteria, rules);
    const offsetConditions = offsetConditionsAfter(
      null,
      draft.offsetConditions,
      draft.items !== undefined,
    );
    const lines = resolveLines(null, draft, offsetConditions);
    const now = await this.clock.now();
    return this.dataSource.transaction(async (m) => {
      await assertCommission(m, draft.commission);
      const tender = await insertTender(m, {
        id: randomUUID(),
        status: 'draft',
        title: draft.title,
        description: draft.description,
        customer: draft.customer,
        ...lines,
        offsetConditions,
        criteria: draft.criteria,
        commission: draft.commission,
        enquiriesUntil: new Date(draft.timeline.enquiriesUntil),
        submissionDeadline: new Date(draft.timeline.submissionDeadline),
        standstillDays: draft.timeline.standstillDays ?? rules.standstillDays,
        signingDays: draft.timeline.signingDays ?? rules.signingWorkingDays,
        rules: null,
        sealPublicKey: null,
        sealPrivateKeyWrapped: null,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
        cancelledAt: null,
        cancellation: null,
        bidsOpenedAt: null,
        bidsCount: null,
        nextCheckAt: null,
      });
      await appendAuditEvent(m, {
        at: now,
        actor,
        action: 'tender.created',
        entityType: 'tender',
        entityId: tender.id,
        data: { title: tender.title },
      });
      return toTenderView(tender, [], []); // a new draft has neither
    });
  }
}
