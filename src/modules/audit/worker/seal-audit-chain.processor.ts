import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { keepJobScheduler } from '../../../common/queue/job-scheduler-keeper';
import { JOBS, QUEUES } from '../../../common/queue/jobs';
import { AuditChainSealer } from '../application/audit-chain-sealer';

/** Links newly committed audit events into the chain every AUDIT_SEAL_INTERVAL_MS. */
@Processor(QUEUES.audit)
export class SealAuditChainProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private stopKeeping: () => void = () => undefined;

  constructor(
    private readonly sealer: AuditChainSealer,
    @InjectQueue(QUEUES.audit) private readonly queue: Queue,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopKeeping = await keepJobScheduler(
      this.queue,
      JOBS.sealAuditChain.name,
      this.config.auditSealIntervalMs,
    );
  }

  onApplicationShutdown(): void {
    this.stopKeeping();
  }

  async process(): Promise<number> {
    return this.sealer.seal();
  }
}
