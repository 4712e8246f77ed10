import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM audit_checkpoints WHERE seq > $1',
      [after],
    );
    const rows = await this.dataSource.query<
      { seq: string; head_hash: string; at: Date; signature: string }[]
    >(
      `SELECT seq, head_hash, at, signature FROM audit_checkpoints
       WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [after, page.limit],
    );
    const items = rows.map((row) => ({
      seq: Number(row.seq),
      headHash: row.head_hash,
      at: row.at.toISOString(),
      signature: row.signature,
    }));
    return { items, total };
  }
}
