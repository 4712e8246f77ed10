import type { EntityManager } from 'typeorm';
import type { AuditAction } from '../domain/audit-actions';
import { insertAuditEvents } from '../infrastructure/audit-event-store';
import type { AuditEntry } from './audit-entry';

/**
 * The one call every use case makes, inside its own transaction, so the event commits or
 * rolls back with the change it records. It only inserts: linking into the hash chain
 * happens after commit (AuditChainSealer), so writers never queue behind a chain lock.
 * Generic so that a helper appending on one entity type can pass its action through.
 */
export function appendAuditEvent<A extends AuditAction>(
  manager: EntityManager,
  entry: AuditEntry<A>,
): Promise<void> {
  return appendAuditEvents(manager, [entry]);
}

/**
 * Many events in one statement, in the given order (the ids follow it), for steps that
 * record one event per bid: at 10,000 bids, one round trip each was most of the opening.
 */
export async function appendAuditEvents<A extends AuditAction>(
  manager: EntityManager,
  entries: readonly AuditEntry<A>[],
): Promise<void> {
  if (entries.length === 0) return;
  await insertAuditEvents(
    manager,
    entries.map((e) => ({
      at: e.at,
      actorId: e.actor?.id ?? null,
      actorRole: e.actor?.role ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data,
    })),
  );
}
