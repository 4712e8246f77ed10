import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { appendAuditEvent } from '../../audit';
import { documentsOf } from '../infrastructure/tender-document-store';
import { lockTender, saveTender } from '../infrastructure/tender-store';
import { ProcedureRulesProvider } from './procedure-rules.provider';
import {
  assertCommission,
  assertCriteria,
  offsetConditionsAfter,
  resolveLines,
} from './tender-checks';
import type { TenderDraft } from './tender-draft';
import { toTenderView, TenderView } from './tender-view';

/** Drafts are freely editable; once published, changes go through amendments. */
@Injectable()
export class EditDraftTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rules: ProcedureRulesProvider,
  ) {}

  async execute(actor: Actor, id: string, edit: Partial<TenderDraft>): Promise<TenderView> {
    const now = await this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, id, 'update');
      if (tender.status !== 'draft') {
        throw new DomainError(
          'TENDER_NOT_EDITABLE',
          'A published tender changes only by amendment',
          {
            status: tender.status,
          },
        );
      }
      if (edit.criteria) assertCriteria(edit.criteria, this.rules.current());
      if (edit.commission) await assertCommission(m, edit.commission);
      const { timeline, subject, maxUnitPriceRub, items, offsetConditions, ...fields } = edit;
      const terms = offsetConditions
        ? offsetConditionsAfter(tender.offsetConditions, offsetConditions, items !== undefined)
        : tender.offsetConditions;
      const lines = resolveLines(tender, { subject, maxUnitPriceRub, items }, terms);
      Object.assign(tender, fields, lines, { offsetConditions: terms });
      if (timeline) {
        tender.enquiriesUntil = new Date(timeline.enquiriesUntil);
        tender.submissionDeadline = new Date(timeline.submissionDeadline);
        tender.standstillDays = timeline.standstillDays ?? tender.standstillDays;
        tender.signingDays = timeline.signingDays ?? tender.signingDays;
      }
      tender.updatedAt = now;
      await saveTender(m, tender);
      await appendAuditEvent(m, {
        at: now,
        actor,
        action: 'tender.edited',
        entityType: 'tender',
        entityId: id,
        data: { fields: Object.keys(edit) },
      });
      return toTenderView(tender, [], await documentsOf(m, [id]));
    });
  }
}
