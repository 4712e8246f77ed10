import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '../../common/queue/jobs';
import { AuditModule } from './audit.module';
import { SealAuditChainProcessor } from './worker/seal-audit-chain.processor';

@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QUEUES.audit })],
  providers: [SealAuditChainProcessor],
})
export class AuditWorkerModule {}
