/**
 * Every queue and job of the system, with its payload type. Payloads carry ids (and a
 * check's public due instant) only: handlers re-read the database (the source of truth),
 * and nothing sealed ever rides in a job. Job ids are deterministic and contain no ':' (BullMQ uses it as a separator).
 */
export const QUEUES = {
  audit: 'audit',
  chronograph: 'chronograph',
} as const;

export const JOBS = {
  sealAuditChain: { queue: QUEUES.audit, name: 'seal-audit-chain' },
  /** Periodic, in real time: signs the chain head (DOMAIN.md §9). */
  signAuditCheckpoint: { queue: QUEUES.audit, name: 'sign-audit-checkpoint' },
  /** Runs what fell due for one tender; id `tender-<id>`, replaced when nextCheckAt moves. */
  checkTender: { queue: QUEUES.chronograph, name: 'check-tender' },
  /** Runs what fell due for one contract; id `contract-<id>`. */
  checkContract: { queue: QUEUES.chronograph, name: 'check-contract' },
  /** Periodic: everything whose nextCheckAt has passed, whatever Redis kept or lost. */
  sweepDue: { queue: QUEUES.chronograph, name: 'sweep-due' },
} as const;

export interface JobPayloads {
  sealAuditChain: Record<string, never>;
  signAuditCheckpoint: Record<string, never>;
  /** `dueAt`: the instant the check is for (the job fires a little before it, see below). */
  checkTender: { tenderId: string; dueAt?: string };
  checkContract: { contractId: string; dueAt?: string };
  sweepDue: Record<string, never>;
}

/**
 * Redis promotes delayed jobs up to ~100 ms late (its default `hz 10`), so a check is
 * queued this much before its instant and the worker waits out the rest by the clock:
 * a deadline then opens at its instant, never before it.
 */
export const CHECK_FIRES_EARLY_MS = 150;

export type ChronographAggregate = 'tender' | 'contract';

/** Deterministic job ids: one pending check per aggregate. */
export const checkJobId = (kind: ChronographAggregate, id: string) => `${kind}-${id}`;
