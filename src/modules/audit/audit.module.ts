import { Module } from '@nestjs/common';
import { AuditCheckpointsController } from './api/audit-checkpoints.controller';
import { AuditController } from './api/audit.controller';
import { AuditChainSealer } from './application/audit-chain-sealer';
import { ListAuditEventsQuery } from './application/list-audit-events.query';
import { ListCheckpointsQuery } from './application/list-checkpoints.query';
import { SignCheckpointUseCase } from './application/sign-checkpoint.use-case';
import { VerifyAuditChainQuery } from './application/verify-audit-chain.query';

@Module({
  controllers: [AuditController, AuditCheckpointsController],
  providers: [
    AuditChainSealer,
    ListAuditEventsQuery,
    VerifyAuditChainQuery,
    SignCheckpointUseCase,
    ListCheckpointsQuery,
  ],
  exports: [AuditChainSealer, SignCheckpointUseCase],
})
export class AuditModule {}
