export { SeqPageQueryDto } from './api/seq-page.query.dto';
export { appendAuditEvent, appendAuditEvents } from './application/append-audit-event';
export { AuditChainSealer } from './application/audit-chain-sealer';
export type { AuditEntry } from './application/audit-entry';
export { AuditModule } from './audit.module';
export { publicAuditEventsAfter } from './infrastructure/public-audit-events';
export type {
  PublicAuditEventRow,
  PublicAuditEventsFilter,
} from './infrastructure/public-audit-events';
