import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { JOBS, QUEUES } from '../../../common/queue/jobs';
import { AuditChainSealer } from '../application/audit-chain-sealer';

/** Links newly committed audit events into the chain every AUDIT_SEAL_INTERVAL_MS. */
@Processor(QUEUES.audit)
export class SealAuditChainProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly sealer: AuditChainSealer,
    @InjectQueue(QUEUES.audit) private readonly queue: Queue,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // A job scheduler is idempotent by id: every worker may upsert it, one schedule results.
    await this.queue.upsertJobScheduler(
      JOBS.sealAuditChain.name,
      { every: this.config.auditSealIntervalMs },
      {
        name: JOBS.sealAuditChain.name,
        data: {},
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    );
  }

  async process(): Promise<number> {
    return this.sealer.seal();
  }
}
