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
    void this.replace(kind, id, at).catch((error: unknown) =>
      this.logger.warn({ err: error }, `could not queue a ${kind} check; the sweep will run it`),
    );
  }

  private async replace(kind: ChronographAggregate, id: string, at: Date | null): Promise<void> {
    const jobId = checkJobId(kind, id);
    // An active job cannot be removed; it re-reads the database and reschedules itself.
    await this.queue.remove(jobId).catch(() => undefined);
    if (!at) return;
    const delay = Math.max(
      0,
      at.getTime() - (await this.clock.now()).getTime() - CHECK_FIRES_EARLY_MS,
    );
    const dueAt = at.toISOString();
    const [name, data] =
      kind === 'tender'
        ? [JOBS.checkTender.name, { tenderId: id, dueAt }]
        : [JOBS.checkContract.name, { contractId: id, dueAt }];
    await this.queue.add(name, data, {
      jobId,
      delay,
      removeOnComplete: true,
      removeOnFail: 1000,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }
}
