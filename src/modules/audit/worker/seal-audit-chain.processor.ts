import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { keepJobScheduler } from '../../../common/queue/job-scheduler-keeper';
import { JobPayloads, JOBS, QUEUES } from '../../../common/queue/jobs';
import { AuditChainSealer } from '../application/audit-chain-sealer';
import { SignCheckpointUseCase } from '../application/sign-checkpoint.use-case';

// sealAuditChain and signAuditCheckpoint carry the same empty payload: both re-read the
// chain from the database.
type AuditJob = Job<JobPayloads['sealAuditChain']>;

/**
 * The audit queue's one worker (one processor per queue, so it dispatches on the job
 * name): links newly committed events into the chain every AUDIT_SEAL_INTERVAL_MS, and
 * signs the chain head every AUDIT_CHECKPOINT_INTERVAL_MS. Both schedules run on BullMQ's
 * real-time timers, so moving the sandbox clock never signs a checkpoint.
 */
@Processor(QUEUES.audit)
export class SealAuditChainProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private stopKeeping: (() => void)[] = [];

  constructor(
    private readonly sealer: AuditChainSealer,
    private readonly signCheckpoint: SignCheckpointUseCase,
    @InjectQueue(QUEUES.audit) private readonly queue: Queue,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopKeeping = await Promise.all([
      keepJobScheduler(this.queue, JOBS.sealAuditChain.name, this.config.auditSealIntervalMs),
      keepJobScheduler(
        this.queue,
        JOBS.signAuditCheckpoint.name,
        this.config.auditCheckpointIntervalMs,
      ),
    ]);
  }

  onApplicationShutdown(): void {
    for (const stop of this.stopKeeping) stop();
  }

  async process(job: AuditJob): Promise<unknown> {
    if (job.name === JOBS.signAuditCheckpoint.name) {
      return (await this.signCheckpoint.execute())?.seq ?? null;
    }
    return this.sealer.seal();
  }
}
