import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChainedEvent } from '../domain/audit-hash';
import {
  AUDIT_EVENT_COLUMNS,
  AuditEventRow,
  toChainedEvent,
} from '../infrastructure/audit-event-row';
import { AuditChainSealer } from './audit-chain-sealer';

export interface AuditEventFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  after?: number;
  limit: number;
}

export interface AuditEventView extends ChainedEvent {
  prevHash: string;
  hash: string;
}

@Injectable()
export class ListAuditEventsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
  ) {}

  async execute(filter: AuditEventFilter): Promise<{ items: AuditEventView[]; total: number }> {
    await this.sealer.seal();
    // Sealed (DOMAIN.md §5): bid events are chained from the start but withheld here
    // until their tender's bids are opened; for a tender cancelled unopened, forever.
    const where: string[] = [
      'c.seq > $1',
      `(e.entity_type <> 'bid' OR EXISTS (SELECT 1 FROM tenders t
         WHERE t.id = (e.data->>'tenderId')::uuid AND t.bids_opened_at IS NOT NULL))`,
    ];
    const params: unknown[] = [filter.after ?? 0];
    const add = (sql: string, value: string | undefined) => {
      if (value === undefined) return;
      params.push(value);
      where.push(`${sql} = $${params.length}`);
    };
    add('e.entity_type', filter.entityType);
    add('e.entity_id', filter.entityId);
    add('e.actor_id', filter.actorId);
    const from = `FROM audit_chain c JOIN audit_events e ON e.id = c.event_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${from}`,
      params,
    );
    const rows = await this.dataSource.query<
      (AuditEventRow & { seq: string; prev_hash: string; hash: string })[]
    >(
      `SELECT c.seq, c.prev_hash, c.hash, ${AUDIT_EVENT_COLUMNS} ${from}
       ORDER BY c.seq LIMIT $${params.length + 1}`,
      [...params, filter.limit],
    );
    const items = rows.map((row) => ({
      ...toChainedEvent(Number(row.seq), row),
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    return { items, total };
  }
}
