import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../clock/clock';
import { CHECK_FIRES_EARLY_MS, ChronographAggregate, checkJobId, JOBS, QUEUES } from './jobs';

/**
 * Puts an aggregate's next check on the queue as a delayed job with a deterministic id.
 * Call it only after the transaction that set nextCheckAt has committed. It never waits
 * for Redis: if Redis is down the periodic database sweep still runs the check.
 */
@Injectable()
export class DeadlineScheduler {
  private readonly logger = new Logger(DeadlineScheduler.name);

  constructor(
    @InjectQueue(QUEUES.chronograph) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  scheduleTender(tenderId: string, at: Date | null): void {
    this.schedule('tender', tenderId, at);
  }

  scheduleContract(contractId: string, at: Date | null): void {
    this.schedule('contract', contractId, at);
  }

  schedule(kind: ChronographAggregate, id: string, at: Date | null): void {
    this.scheduleAll(kind, [{ id, at }]);
  }

  /** Many aggregates' next checks (a chronograph batch): one clock read, one bulk add. */
  scheduleAll(
    kind: ChronographAggregate,
    checks: readonly { id: string; at: Date | null }[],
  ): void {
    if (checks.length === 0) return;
    void this.replace(kind, checks).catch((error: unknown) =>
      this.logger.warn({ err: error }, `could not queue ${kind} checks; the sweep will run them`),
    );
  }

  private async replace(
    kind: ChronographAggregate,
    checks: readonly { id: string; at: Date | null }[],
  ): Promise<void> {
    // An active job cannot be removed; it re-reads the database and reschedules itself.
    await Promise.all(
      checks.map(({ id }) => this.queue.remove(checkJobId(kind, id)).catch(() => undefined)),
    );
    const due = checks.filter((c): c is { id: string; at: Date } => c.at !== null);
    if (due.length === 0) return;
    const now = (await this.clock.now()).getTime();
    await this.queue.addBulk(
      due.map(({ id, at }) => {
        const dueAt = at.toISOString();
        const [name, data] =
          kind === 'tender'
            ? [JOBS.checkTender.name, { tenderId: id, dueAt }]
            : [JOBS.checkContract.name, { contractId: id, dueAt }];
        return {
          name,
          data,
          opts: {
            jobId: checkJobId(kind, id),
            delay: Math.max(0, at.getTime() - now - CHECK_FIRES_EARLY_MS),
            removeOnComplete: true,
            removeOnFail: 1000,
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
          },
        };
      }),
    );
  }
}
