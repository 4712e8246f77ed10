import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { Clock } from '../../../common/clock/clock';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import type { ChronographAggregate } from '../../../common/queue/jobs';
import { BidOpening } from '../../bids';
import { WorkingCalendarService } from '../../calendar';
import { lockContractForCheck, lockContractsDueForCheck } from '../../contracts';
import { lockTenderForCheck, lockTendersDueForCheck } from '../../tenders';
import { runDueContracts } from './run-due-contract';
import { DueContext, DueRun, runDueTenders } from './run-due-tender';

/** Contracts checked in one transaction by the sweep (their rows held until it commits). */
const CONTRACT_BATCH = 500;
/** Below the pool size (20), so API requests still get connections during a sweep. */
const SWEEP_CONCURRENCY = 8;

const AGGREGATES: Record<
  ChronographAggregate,
  {
    lock: (m: EntityManager, id: string, skipLocked: boolean) => Promise<boolean>;
    run: (m: EntityManager, id: string, ctx: DueContext) => Promise<DueRun>;
  }
> = {
  tender: {
    lock: lockTenderForCheck,
    run: async (m, id, ctx) => (await runDueTenders(m, [id], ctx))[0],
  },
  contract: {
    lock: lockContractForCheck,
    run: async (m, id, ctx) => (await runDueContracts(m, [id], ctx.now))[0],
  },
};

/**
 * The two triggers of "run what is due" (DOMAIN.md §4): one aggregate (its delayed job),
 * and the sweep over every tender and contract whose nextCheckAt has passed, so nothing
 * depends on Redis having kept its jobs. Work runs in batches, one transaction holding a
 * batch's rows: a tender's job takes along every other tender due by then that no one
 * holds, so the thousand tenders of one deadline open in a few transactions, each at the
 * instant it began. A failed batch is re-run one aggregate per transaction, so one failing
 * aggregate never stops the others. Sweeps skip rows another worker holds. The next
 * check is queued only after the transaction commits.
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
    private readonly opening: BidOpening,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Waits for the row: an aggregate's own job must run even if a sweep holds it now. */
  async check(kind: ChronographAggregate, id: string): Promise<DueRun | null> {
    if (kind === 'contract') return this.run(kind, id, false);
    return (await this.runTenderBatch(id, true)).first;
  }

  /**
   * Returns how many aggregates were checked. Failures are logged; the next sweep retries.
   * Workers skip rows another worker holds; a caller that must see everything due done
   * before it answers (the sandbox clock) waits for them instead.
   */
  async sweep(options: { waitForLocked?: boolean } = {}): Promise<number> {
    let checked = 0;
    // Tenders first: ending a tender's stand-still or signing may create a contract.
    checked += await this.sweepTenders(!options.waitForLocked);
    checked += await this.sweepContracts(!options.waitForLocked);
    return checked;
  }

  private async sweepContracts(skipLocked: boolean): Promise<number> {
    let checked = 0;
    for (;;) {
      let ids: string[] = [];
      try {
        const outcome = await this.dataSource.transaction(async (m) => {
          const now = await this.clock.now(m);
          ids = await lockContractsDueForCheck(m, now, CONTRACT_BATCH, skipLocked);
          return { now, runs: await runDueContracts(m, ids, now) };
        });
        this.ran('contract', outcome.runs, outcome.now);
        checked += outcome.runs.length;
      } catch (error) {
        this.logger.warn({ err: error }, 'a batch of due contracts failed; checking each alone');
        checked += await this.runEach('contract', ids, skipLocked);
      }
      if (ids.length < CONTRACT_BATCH) return checked;
    }
  }

  private async sweepTenders(skipLocked: boolean): Promise<number> {
    let checked = 0;
    for (;;) {
      const batch = await this.runTenderBatch(null, skipLocked);
      checked += batch.checked;
      if (batch.locked < this.config.tenderBatch || batch.checked === 0) return checked;
    }
  }

  /**
   * One transaction over the `first` tender (its row waited for) and up to a batch of
   * others due by now (skipLocked: those no one else holds). On failure each is re-run
   * alone, `first` still waiting for its row. Returns how many were locked and checked,
   * and `first`'s run.
   */
  private async runTenderBatch(
    first: string | null,
    skipLocked: boolean,
  ): Promise<{ locked: number; checked: number; first: DueRun | null }> {
    const calendar = await this.calendars.calendar();
    let ids: string[] = [];
    try {
      const outcome = await this.dataSource.transaction(async (m) => {
        if (first && !(await lockTenderForCheck(m, first, false))) return null;
        const now = await this.clock.now(m);
        const due = await lockTendersDueForCheck(m, now, this.config.tenderBatch, skipLocked);
        ids = [...new Set([...(first ? [first] : []), ...due])];
        const ctx = { now, opening: this.opening, calendar };
        return { now, runs: await runDueTenders(m, ids, ctx) };
      });
      if (!outcome) return { locked: 0, checked: 0, first: null };
      this.ran('tender', outcome.runs, outcome.now);
      const own = outcome.runs.find((r) => r.aggregateId === first) ?? null;
      return { locked: ids.length, checked: outcome.runs.length, first: own };
    } catch (error) {
      this.logger.warn({ err: error }, 'a batch of due tenders failed; checking each alone');
      const others = ids.filter((id) => id !== first);
      const checked = await this.runEach('tender', others, skipLocked);
      // Last, and not caught: a failing tender's own job fails and BullMQ retries it.
      const own = first ? await this.run('tender', first, false) : null;
      return { locked: ids.length, checked: checked + (own ? 1 : 0), first: own };
    }
  }

  /**
   * Aggregates each in its own transaction, a few at once (one at a time was mostly
   * round-trip waits); a failure is logged and left to the next sweep. Returns how many ran.
   */
  private async runEach(
    kind: ChronographAggregate,
    ids: readonly string[],
    skipLocked: boolean,
  ): Promise<number> {
    let progressed = 0;
    let next = 0;
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        try {
          if (await this.run(kind, id, skipLocked)) progressed += 1;
        } catch (error) {
          this.logger.error({ err: error, kind, id }, 'due work failed; it will be retried');
        }
      }
    };
    await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, lane));
    return progressed;
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
      return { run: await run(m, id, { now, opening: this.opening, calendar }), now };
    });
    if (!outcome) return null;
    this.ran(kind, [outcome.run], outcome.now);
    return outcome.run;
  }

  /** After commit: metrics, and the aggregates' next checks on the queue. */
  private ran(kind: ChronographAggregate, runs: readonly DueRun[], now: Date): void {
    for (const run of runs) {
      for (const transition of run.transitions) {
        this.metrics.transitions.inc({ kind: transition.kind });
        this.metrics.deadlineLateness.observe((now.getTime() - transition.dueAt.getTime()) / 1000);
      }
    }
    this.deadlines.scheduleAll(
      kind,
      runs.map((r) => ({ id: r.aggregateId, at: r.nextCheckAt })),
    );
  }
}
