import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-entry';

/**
 * The one call every use case makes, inside its own transaction, so the event commits or
 * rolls back with the change it records. It only inserts: linking into the hash chain
 * happens after commit (AuditChainSealer), so writers never queue behind a chain lock.
 */
export async function appendAuditEvent(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.at,
      entry.actor?.id ?? null,
      entry.actor?.role ?? null,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(entry.data ?? {}),
    ],
  );
}
