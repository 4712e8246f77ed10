import type { Actor } from '../../../common/auth/role';

/** One state change, as the use case that made it describes it. */
export interface AuditEntry {
  at: Date;
  /** null for the system itself (scheduler, start-up seeding). */
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Never sealed bid content before opening (DOMAIN.md §9). */
  data?: Record<string, unknown>;
}
