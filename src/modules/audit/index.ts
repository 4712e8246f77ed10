/** The audit module's public face: the only file other modules import. */
export { appendAuditEvent, appendAuditEvents } from './application/append-audit-event';
export type { AuditEntry } from './application/audit-entry';
export { AuditChainSealer } from './application/audit-chain-sealer';
export { AuditModule } from './audit.module';
export {
  AUDIT_ACTIONS,
  OCDS_ACTIONS,
  ocdsTagOf,
  type AuditAction,
  type AuditActionOn,
  type AuditEntityType,
  type AuditPayloads,
  type OcdsReleaseTag,
} from './domain/audit-actions';
export { publicAuditEventsAfter } from './infrastructure/public-audit-events';
export type {
  PublicAuditEventRow,
  PublicAuditEventsFilter,
} from './infrastructure/public-audit-events';
