/**
 * Every queue and job of the system, with its payload type. Payloads carry ids only:
 * handlers re-read the database (the source of truth), and nothing sealed ever rides in
 * a job. Job ids are deterministic and contain no ':' (BullMQ uses it as a separator).
 */
export const QUEUES = {
  audit: 'audit',
} as const;

export const JOBS = {
  sealAuditChain: { queue: QUEUES.audit, name: 'seal-audit-chain' },
} as const;

export interface JobPayloads {
  sealAuditChain: Record<string, never>;
}
