import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { setTimeout as delay } from 'node:timers/promises';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { keepJobScheduler } from '../../../common/queue/job-scheduler-keeper';
import { CHECK_FIRES_EARLY_MS, JobPayloads, JOBS, QUEUES } from '../../../common/queue/jobs';
import { Clock } from '../../../common/clock/clock';
import { Chronograph } from '../application/chronograph';

type ChronographJob = Job<
  JobPayloads['checkTender'] | JobPayloads['checkContract'] | JobPayloads['sweepDue']
>;

@Processor(QUEUES.chronograph, { concurrency: 8 })
export class ChronographProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private stopKeeping: () => void = () => undefined;

  constructor(
    private readonly chronograph: Chronograph,
    private readonly clock: Clock,
    @InjectQueue(QUEUES.chronograph) private readonly queue: Queue,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopKeeping = await keepJobScheduler(
      this.queue,
      JOBS.sweepDue.name,
      this.config.sweepIntervalMs,
    );
  }

  onApplicationShutdown(): void {
    this.stopKeeping();
  }

  async process(job: ChronographJob): Promise<unknown> {
    if (job.name === JOBS.checkTender.name) {
      const { tenderId, dueAt } = job.data as JobPayloads['checkTender'];
      await this.untilDue(dueAt);
      return this.chronograph.check('tender', tenderId);
    }
    if (job.name === JOBS.checkContract.name) {
      const { contractId, dueAt } = job.data as JobPayloads['checkContract'];
      await this.untilDue(dueAt);
      return this.chronograph.check('contract', contractId);
    }
    return this.chronograph.sweep();
  }

  /**
   * A check fires CHECK_FIRES_EARLY_MS before its instant: the rest is waited out here, by
   * the clock. Bounded, so a sandbox clock that stands still cannot hold a worker slot.
   */
  private async untilDue(dueAt: string | undefined): Promise<void> {
    if (!dueAt) return;
    const wait = Date.parse(dueAt) - (await this.clock.now()).getTime();
    if (wait > 0) await delay(Math.min(wait, 2 * CHECK_FIRES_EARLY_MS));
  }
}
