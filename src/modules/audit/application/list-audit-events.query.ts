import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChainedEvent } from '../domain/audit-hash';
import {
  countVisibleChainedEvents,
  listVisibleChainedEvents,
} from '../infrastructure/audit-event-store';
import { toChainedEvent } from '../infrastructure/audit-event-row';
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
    // Sealed (DOMAIN.md §5): bid events are chained from the start but withheld until
    // their tender's bids are opened; for a tender cancelled unopened, forever.
    const m = this.dataSource.manager;
    const where = { ...filter, after: filter.after ?? 0 };
    const total = await countVisibleChainedEvents(m, where);
    const rows = await listVisibleChainedEvents(m, where, filter.limit);
    const items = rows.map((row) => ({
      ...toChainedEvent(Number(row.seq), row),
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
    return { items, total };
  }
}
