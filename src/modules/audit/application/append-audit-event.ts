import type { EntityManager } from 'typeorm';
import type { AuditEntry } from './audit-entry';

/**
 * The one call every use case makes, inside its own transaction, so the event commits or
 * rolls back with the change it records. It only inserts: linking into the hash chain
 * happens after commit (AuditChainSealer), so writers never queue behind a chain lock.
 */
export function appendAuditEvent(manager: EntityManager, entry: AuditEntry): Promise<void> {
  return appendAuditEvents(manager, [entry]);
}

/**
 * Many events in one statement, in the given order (the ids follow it), for steps that
 * record one event per bid: at 10,000 bids, one round trip each was most of the opening.
 */
export async function appendAuditEvents(
  manager: EntityManager,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
     SELECT at, actor_id, actor_role, action, entity_type, entity_id, data
     FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::jsonb[]) WITH ORDINALITY AS e(at, actor_id, actor_role, action, entity_type, entity_id,
       data, n)
     ORDER BY n`,
    [
      entries.map((e) => e.at),
      entries.map((e) => e.actor?.id ?? null),
      entries.map((e) => e.actor?.role ?? null),
      entries.map((e) => e.action),
      entries.map((e) => e.entityType),
      entries.map((e) => e.entityId),
      entries.map((e) => JSON.stringify(e.data ?? {})),
    ],
  );
}
