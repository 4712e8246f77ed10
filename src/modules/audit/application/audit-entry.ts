import type { Actor } from '../../../common/auth/role';
import type { AuditAction, AuditEntityTypes, AuditPayloads } from '../domain/audit-actions';

/** One state change of a registered action, as the use case that made it describes it. */
interface AuditEntryOf<A extends AuditAction> {
  at: Date;
  /** null for the system itself (scheduler, start-up seeding). */
  actor: Actor | null;
  action: A;
  /** Must be the registry's entity type for the action. */
  entityType: AuditEntityTypes[A];
  entityId: string;
  /** Never sealed bid content before opening (DOMAIN.md §9). */
  data: AuditPayloads[A];
}

/**
 * A union over the actions (one member per action), so each entry's entityType and data
 * are checked against its own action, in a batch of mixed actions too.
 */
export type AuditEntry<A extends AuditAction = AuditAction> = { [K in A]: AuditEntryOf<K> }[A];
