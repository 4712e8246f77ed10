import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { createTenderSealKeys } from '../../../common/seal/sealed-box';
import { WorkingCalendarService } from '../../calendar';
import { nextTenderCheck } from '../domain/tender-next-check';
import { nextTenderStatus } from '../domain/tender-status';
import { changeTenderStatus } from '../infrastructure/tender-status.writer';
import { documentsOf } from '../infrastructure/tender-document-store';
import { amendmentsOf, lockTender } from '../infrastructure/tender-store';
import { ProcedureRulesProvider } from './procedure-rules.provider';
import { assertCommission, assertCriteria, assertTimeline } from './tender-checks';
import { toTenderView, TenderView } from './tender-view';

/**
 * draft → tendering: the timeline is checked against the clock and the rules in force,
 * which are then snapshot onto the tender; the tender's seal keys are made here.
 */
@Injectable()
export class PublishTenderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rules: ProcedureRulesProvider,
    private readonly calendars: WorkingCalendarService,
    private readonly deadlines: DeadlineScheduler,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, id: string): Promise<TenderView> {
    const rules = this.rules.current();
    const calendar = await this.calendars.calendar();
    const { view, nextCheckAt } = await this.dataSource.transaction(async (m) => {
      const tender = await lockTender(m, id, 'update');
      nextTenderStatus(tender.status, 'publish');
      const now = await this.clock.now(m);
      assertCriteria(tender.criteria, rules);
      await assertCommission(m, tender.commission);
      assertTimeline(tender, now, rules, calendar);
      const keys = createTenderSealKeys(this.config.sealingKey, tender.id);
      const published = {
        rules,
        sealPublicKey: keys.publicKey,
        sealPrivateKeyWrapped: keys.wrappedPrivateKey,
        publishedAt: now,
        nextCheckAt: nextTenderCheck({ ...tender, status: 'tendering' })?.at ?? null,
      };
      const status = await changeTenderStatus(m, {
        tenderId: id,
        event: 'publish',
        at: now,
        set: published,
        audit: {
          at: now,
          actor,
          action: 'tender.published',
          entityType: 'tender',
          entityId: id,
          data: {
            submissionDeadline: tender.submissionDeadline.toISOString(),
            enquiriesUntil: tender.enquiriesUntil.toISOString(),
            rulesEnforced: rules.enforced,
          },
        },
      });
      Object.assign(tender, published, { status, updatedAt: now });
      return {
        view: toTenderView(tender, await amendmentsOf(m, id), await documentsOf(m, [id])),
        nextCheckAt: tender.nextCheckAt,
      };
    });
    this.deadlines.scheduleTender(id, nextCheckAt);
    return view;
  }
}
