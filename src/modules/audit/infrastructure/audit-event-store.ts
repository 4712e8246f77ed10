import type { EntityManager } from 'typeorm';
import type { AuditEntityType } from '../domain/audit-actions';

/** An audit_events row to insert; `data` is stored as JSON. */
export interface NewAuditEventRow {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  data: unknown;
}

/** Inserts in the given order (the ids follow it), in one statement, in the caller's transaction. */
export async function insertAuditEvents(
  m: EntityManager,
  rows: readonly NewAuditEventRow[],
): Promise<void> {
  await m.query(
    `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
     SELECT at, actor_id, actor_role, action, entity_type, entity_id, data
     FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
       $7::jsonb[]) WITH ORDINALITY AS e(at, actor_id, actor_role, action, entity_type, entity_id,
       data, n)
     ORDER BY n`,
    [
      rows.map((r) => r.at),
      rows.map((r) => r.actorId),
      rows.map((r) => r.actorRole),
      rows.map((r) => r.action),
      rows.map((r) => r.entityType),
      rows.map((r) => r.entityId),
      rows.map((r) => JSON.stringify(r.data ?? {})),
    ],
  );
}
