import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  countCheckpointsAfter,
  listCheckpointsAfter,
} from '../infrastructure/audit-checkpoint-store';
import type { CheckpointView } from './sign-checkpoint.use-case';

export interface CheckpointPage {
  /** Only checkpoints with a greater seq. */
  after?: number;
  limit: number;
}

/** Signed chain heads in seq order, paged like the events: `after` the last seq seen. */
@Injectable()
export class ListCheckpointsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(page: CheckpointPage): Promise<{ items: CheckpointView[]; total: number }> {
    const after = page.after ?? 0;
    const m = this.dataSource.manager;
    const total = await countCheckpointsAfter(m, after);
    const rows = await listCheckpointsAfter(m, after, page.limit);
    const items = rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    return { items, total };
  }
}
