import type { EntityManager } from 'typeorm';

export interface CheckpointRow {
  seq: number;
  headHash: string;
  at: Date;
  signature: string;
}

/** false when the seq already has a checkpoint (one per seq). */
export async function insertCheckpoint(m: EntityManager, row: CheckpointRow): Promise<boolean> {
  const inserted = await m.query<unknown[]>(
    `INSERT INTO audit_checkpoints (seq, head_hash, at, signature) VALUES ($1, $2, $3, $4)
     ON CONFLICT (seq) DO NOTHING RETURNING seq`,
    [row.seq, row.headHash, row.at, row.signature],
  );
  return inserted.length > 0;
}

export async function countCheckpointsAfter(m: EntityManager, after: number): Promise<number> {
  const [{ total }] = await m.query<{ total: number }[]>(
    'SELECT count(*)::int AS total FROM audit_checkpoints WHERE seq > $1',
    [after],
  );
  return total;
}

export async function listCheckpointsAfter(
  m: EntityManager,
  after: number,
  limit: number,
): Promise<CheckpointRow[]> {
  const rows = await m.query<{ seq: string; head_hash: string; at: Date; signature: string }[]>(
    `SELECT seq, head_hash, at, signature FROM audit_checkpoints
     WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [after, limit],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    headHash: row.head_hash,
    at: row.at,
    signature: row.signature,
  }));
}
