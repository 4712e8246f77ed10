import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { keepJobScheduler } from '../../../common/queue/job-scheduler-keeper';
import { JobPayloads, JOBS, QUEUES } from '../../../common/queue/jobs';
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
      return this.chronograph.check('tender', (job.data as JobPayloads['checkTender']).tenderId);
    }
    if (job.name === JOBS.checkContract.name) {
      return this.chronograph.check(
        'contract',
        (job.data as JobPayloads['checkContract']).contractId,
      );
    }
    return this.chronograph.sweep();
  }
}
