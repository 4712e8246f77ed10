import type { ChainedEvent } from '../domain/audit-hash';

/** audit_events columns as pg returns them (bigint as string, timestamptz as Date). */
export interface AuditEventRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: unknown;
}

export const AUDIT_EVENT_COLUMNS =
  'e.id, e.at, e.actor_id, e.actor_role, e.action, e.entity_type, e.entity_id, e.data';

export function toChainedEvent(seq: number, row: AuditEventRow): ChainedEvent {
  return {
    seq,
    at: row.at.toISOString(),
    actor: row.actor_id ? { id: row.actor_id, role: row.actor_role ?? '' } : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
  };
}
