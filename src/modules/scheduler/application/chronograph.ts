import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock/clock';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import type { ChronographAggregate } from '../../../common/queue/jobs';
import { WorkingCalendarService } from '../../calendar';
import { contractsDueForCheck, lockContractForCheck } from '../../contracts';
import { lockTenderForCheck, tendersDueForCheck } from '../../tenders';
import { runDueContract } from './run-due-contract';
import { DueContext, DueRun, runDueTender } from './run-due-tender';

const BATCH = 200;
/** Below the pool size (20), so API requests still get connections during a sweep. */
const SWEEP_CONCURRENCY = 8;

const AGGREGATES: Record<
  ChronographAggregate,
  {
    due: (m: EntityManager, now: Date, limit: number) => Promise<string[]>;
    lock: (m: EntityManager, id: string, skipLocked: boolean) => Promise<boolean>;
    run: (m: EntityManager, id: string, ctx: DueContext) => Promise<DueRun>;
  }
> = {
  tender: { due: tendersDueForCheck, lock: lockTenderForCheck, run: runDueTender },
  contract: {
    due: contractsDueForCheck,
    lock: lockContractForCheck,
    run: (m, id, ctx) => runDueContract(m, id, ctx.now),
  },
};

/**
 * The two triggers of "run what is due" (DOMAIN.md §4): one aggregate (its delayed job),
 * and the sweep over every tender and contract whose nextCheckAt has passed, so nothing
 * depends on Redis having kept its jobs. Each aggregate runs in its own transaction
 * holding its row (the sweep skips rows another worker holds), so one failing aggregate
 * never stops the others. The next check is queued only after the transaction commits.
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

  /** Waits for the row: an aggregate's own job must run even if a sweep holds it now. */
  check(kind: ChronographAggregate, id: string): Promise<DueRun | null> {
    return this.run(kind, id, false);
  }

  /**
   * Returns how many aggregates were checked. Failures are logged; the next sweep retries.
   * Workers skip rows another worker holds; a caller that must see everything due done
   * before it answers (the sandbox clock) waits for them instead.
   */
  async sweep(options: { waitForLocked?: boolean } = {}): Promise<number> {
    let checked = 0;
    // Tenders first: ending a tender's stand-still or signing may create a contract.
    for (const kind of ['tender', 'contract'] as const) {
      checked += await this.sweepKind(kind, !options.waitForLocked);
    }
    return checked;
  }

  private async sweepKind(kind: ChronographAggregate, skipLocked: boolean): Promise<number> {
    let checked = 0;
    for (;;) {
      const now = await this.clock.now();
      const due = await AGGREGATES[kind].due(this.dataSource.manager, now, BATCH);
      let progressed = 0;
      // Aggregates are independent (each its own transaction and row lock), so a few run at
      // once: one at a time, a sweep over 10,000 due contracts was mostly round-trip waits.
      let next = 0;
      const lane = async () => {
        while (next < due.length) {
          const id = due[next++];
          try {
            if (await this.run(kind, id, skipLocked)) progressed += 1;
          } catch (error) {
            this.logger.error({ err: error, kind, id }, 'due work failed; it will be retried');
          }
        }
      };
      await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, lane));
      checked += progressed;
      if (due.length < BATCH || progressed === 0) return checked;
    }
  }

  private async run(
    kind: ChronographAggregate,
    id: string,
    skipLocked: boolean,
  ): Promise<DueRun | null> {
    const calendar = await this.calendars.calendar();
    const { lock, run } = AGGREGATES[kind];
    const outcome = await this.dataSource.transaction(async (m) => {
      if (!(await lock(m, id, skipLocked))) return null; // another worker is on it
      const now = await this.clock.now(m);
      return { run: await run(m, id, { now, sealingKey: this.config.sealingKey, calendar }), now };
    });
    if (!outcome) return null;
    for (const transition of outcome.run.transitions) {
      this.metrics.transitions.inc({ kind: transition.kind });
      this.metrics.deadlineLateness.observe(
        (outcome.now.getTime() - transition.dueAt.getTime()) / 1000,
      );
    }
    this.deadlines.schedule(kind, id, outcome.run.nextCheckAt);
    return outcome.run;
  }
}
