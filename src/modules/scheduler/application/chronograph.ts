import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock/clock';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { WorkingCalendarService } from '../../calendar/application/working-calendar.service';
import { DueRun, runDueTender } from './run-due-tender';

const BATCH = 200;

/**
 * The two triggers of "run what is due" (DOMAIN.md §4): one tender (its delayed job), and
 * the sweep over every tender whose nextCheckAt has passed, so nothing depends on Redis
 * having kept its jobs. Each tender runs in its own transaction holding its row (the
 * sweep skips rows another worker holds), so one failing tender never stops the others.
 * The next check is queued only after the transaction commits.
 */
@Injectable()
export class Chronograph {
  private readonly logger = new Logger(Chronograph.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: WorkingCalendarService,
    private readonly metrics: MetricsRegistry,
    private readonly deadlines: DeadlineScheduler,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Waits for the tender's row: its own job must run even if a sweep holds it now. */
  checkTender(tenderId: string): Promise<DueRun | null> {
    return this.run(tenderId, false);
  }

  /**
   * Returns how many tenders were checked. Failures are logged; the next sweep retries.
   * Workers skip rows another worker holds; a caller that must see everything due done
   * before it answers (the sandbox clock) waits for them instead.
   */
  async sweep(options: { waitForLocked?: boolean } = {}): Promise<number> {
    let checked = 0;
    for (;;) {
      const now = await this.clock.now();
      const due = await this.dataSource.query<{ id: string }[]>(
        'SELECT id FROM tenders WHERE next_check_at <= $1 ORDER BY next_check_at LIMIT $2',
        [now, BATCH],
      );
      let progressed = 0;
      for (const { id } of due) {
        try {
          if (await this.run(id, !options.waitForLocked)) progressed += 1;
        } catch (error) {
          this.logger.error({ err: error, tenderId: id }, 'due work failed; it will be retried');
        }
      }
      checked += progressed;
      if (due.length < BATCH || progressed === 0) return checked;
    }
  }

  private async run(tenderId: string, skipLocked: boolean): Promise<DueRun | null> {
    const calendar = await this.calendars.calendar();
    const outcome = await this.dataSource.transaction(async (m) => {
      const locked = await m.query<unknown[]>(
        `SELECT 1 FROM tenders WHERE id = $1 FOR UPDATE${skipLocked ? ' SKIP LOCKED' : ''}`,
        [tenderId],
      );
      if (locked.length === 0) return null; // another worker is on it
      const now = await this.clock.now(m);
      const run = await runDueTender(m, tenderId, {
        now,
        sealingKey: this.config.sealingKey,
        calendar,
      });
      return { run, now };
    });
    if (!outcome) return null;
    const { run, now } = outcome;
    for (const transition of run.transitions) {
      this.metrics.transitions.inc({ kind: transition.kind });
      this.metrics.deadlineLateness.observe((now.getTime() - transition.dueAt.getTime()) / 1000);
    }
    this.deadlines.scheduleTender(run.tenderId, run.nextCheckAt);
    return run;
  }
}
