import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../../common/persistence/prepared-query';
import {
  type AuditEntityType,
  SEALED_ENTITY_TYPE,
  UNSEALING_ACTIONS,
} from '../domain/audit-actions';
import { AUDIT_EVENT_COLUMNS, type AuditEventRow } from './audit-event-row';

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
  await preparedQuery(
    m,
    'insert_audit_events',
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

export interface ChainedEventFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  after: number;
}

export type ChainedEventRow = AuditEventRow & { seq: string; prev_hash: string; hash: string };

/**
 * Sealed (DOMAIN.md §5): a bid event is withheld until the log holds its tender's
 * unsealing event, appended in the transaction that opens the bids. Only audit-owned data
 * decides it; lower() because the tenderId in a bid event is as the client spelled it.
 */
function visibleWhere(filter: ChainedEventFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.after, SEALED_ENTITY_TYPE, UNSEALING_ACTIONS];
  const where = [
    'c.seq > $1',
    `(e.entity_type <> $2 OR EXISTS (SELECT 1 FROM audit_events o
       WHERE o.entity_id = lower(e.data->>'tenderId') AND o.action = ANY($3::text[])))`,
  ];
  const add = (sql: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    where.push(`${sql} = $${params.length}`);
  };
  add('e.entity_type', filter.entityType);
  add('e.entity_id', filter.entityId);
  add('e.actor_id', filter.actorId);
  return {
    sql: `FROM audit_chain c JOIN audit_events e ON e.id = c.event_id WHERE ${where.join(' AND ')}`,
    params,
  };
}

export async function countVisibleChainedEvents(
  m: EntityManager,
  filter: ChainedEventFilter,
): Promise<number> {
  const { sql, params } = visibleWhere(filter);
  const [{ total }] = await m.query<{ total: number }[]>(
    `SELECT count(*)::int AS total ${sql}`,
    params,
  );
  return total;
}

/** Chained events a reader may see, in seq order, with their links. */
export function listVisibleChainedEvents(
  m: EntityManager,
  filter: ChainedEventFilter,
  limit: number,
): Promise<ChainedEventRow[]> {
  const { sql, params } = visibleWhere(filter);
  return m.query<ChainedEventRow[]>(
    `SELECT c.seq, c.prev_hash, c.hash, ${AUDIT_EVENT_COLUMNS} ${sql}
     ORDER BY c.seq LIMIT $${params.length + 1}`,
    [...params, limit],
  );
}
