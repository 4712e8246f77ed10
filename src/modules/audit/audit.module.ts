import { Module } from '@nestjs/common';
import { AuditController } from './api/audit.controller';
import { AuditChainSealer } from './application/audit-chain-sealer';
import { ListAuditEventsQuery } from './application/list-audit-events.query';
import { VerifyAuditChainQuery } from './application/verify-audit-chain.query';

@Module({
  controllers: [AuditController],
  providers: [AuditChainSealer, ListAuditEventsQuery, VerifyAuditChainQuery],
  exports: [AuditChainSealer],
})
export class AuditModule {}
