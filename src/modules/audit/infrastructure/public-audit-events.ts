import type { EntityManager } from 'typeorm';

export interface PublicAuditEventRow {
  /** Chain position (bigint, as text). */
  seq: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  /** The tender an event names itself: its entity (tender events) or data.tenderId (others but contract events). */
  tenderId: string | null;
  /** data.milestoneId, for events about a milestone recorded on another entity. */
  milestoneId: string | null;
}

export interface PublicAuditEventsFilter {
  after: number;
  actions: string[];
  limit: number;
  /** Only events of this tender: its own, those naming it, and those of `contractIds`. */
  tenderId: string | null;
  contractIds: string[];
}

/** Sealed events with these actions after a chain position, in chain order; never bid events. */
export function publicAuditEventsAfter(
  m: EntityManager,
  f: PublicAuditEventsFilter,
): Promise<PublicAuditEventRow[]> {
  return m.query<PublicAuditEventRow[]>(
    `SELECT c.seq::text AS seq, e.at, e.action, e.entity_type AS "entityType",
            e.entity_id AS "entityId",
            CASE e.entity_type
              WHEN 'tender' THEN e.entity_id::uuid
              WHEN 'contract' THEN NULL
              ELSE (e.data->>'tenderId')::uuid
            END AS "tenderId",
            e.data->>'milestoneId' AS "milestoneId"
     FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
     WHERE c.seq > $1 AND e.entity_type <> 'bid' AND e.action = ANY($2::text[])
       AND ($4::text IS NULL OR e.entity_id = $4 OR e.data->>'tenderId' = $4
            OR e.entity_id = ANY($5::text[]))
     ORDER BY c.seq LIMIT $3`,
    [f.after, f.actions, f.limit, f.tenderId, f.contractIds],
  );
}
