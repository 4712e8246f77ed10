import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock/clock';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { DueRun, runDueTender } from './run-due-tender';

const BATCH = 100;

/**
 * The two triggers of "run what is due" (DOMAIN.md §4): one aggregate (its delayed job),
 * and the sweep over every aggregate whose nextCheckAt has passed, in FOR UPDATE SKIP
 * LOCKED batches, so two workers share the work and nothing depends on Redis having kept
 * its jobs. Each next check is queued only after the transaction commits.
 */
@Injectable()
export class Chronograph {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly metrics: MetricsRegistry,
    private readonly deadlines: DeadlineScheduler,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async checkTender(tenderId: string): Promise<DueRun> {
    const { run, now } = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT 1 FROM tenders WHERE id = $1 FOR UPDATE', [tenderId]);
      const at = await this.clock.now();
      return { run: await runDueTender(m, tenderId, at, this.config.sealingKey), now: at };
    });
    this.afterCommit([run], now);
    return run;
  }

  /** Returns how many tenders it checked. */
  async sweep(): Promise<number> {
    let checked = 0;
    for (;;) {
      const { runs, now } = await this.dataSource.transaction(async (m) => {
        const at = await this.clock.now();
        const due = await m.query<{ id: string }[]>(
          `SELECT id FROM tenders WHERE next_check_at <= $1
           ORDER BY next_check_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [at, BATCH],
        );
        const done: DueRun[] = [];
        for (const { id } of due) done.push(await runDueTender(m, id, at, this.config.sealingKey));
        return { runs: done, now: at };
      });
      this.afterCommit(runs, now);
      checked += runs.length;
      if (runs.length < BATCH || runs.every((r) => !r.transition)) return checked;
    }
  }

  private afterCommit(runs: DueRun[], now: Date): void {
    for (const run of runs) {
      if (run.transition) {
        this.metrics.transitions.inc({ kind: run.transition.kind });
        this.metrics.deadlineLateness.observe(
          (now.getTime() - run.transition.dueAt.getTime()) / 1000,
        );
      }
      this.deadlines.scheduleTender(run.tenderId, run.nextCheckAt);
    }
  }
}
