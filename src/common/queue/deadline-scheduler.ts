import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../clock/clock';
import { JobPayloads, JOBS, QUEUES, tenderJobId } from './jobs';

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
    void this.replace(tenderId, at).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'could not queue a tender check; the sweep will run it'),
    );
  }

  private async replace(tenderId: string, at: Date | null): Promise<void> {
    const jobId = tenderJobId(tenderId);
    // An active job cannot be removed; it re-reads the database and reschedules itself.
    await this.queue.remove(jobId).catch(() => undefined);
    if (!at) return;
    const delay = Math.max(0, at.getTime() - (await this.clock.now()).getTime());
    const data: JobPayloads['checkTender'] = { tenderId };
    await this.queue.add(JOBS.checkTender.name, data, {
      jobId,
      delay,
      removeOnComplete: true,
      removeOnFail: 1000,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }
}
