import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const PRUNE_EVERY_MS = 60_000;

/**
 * Throttler hits counted in PostgreSQL (a fixed window per key, then a block), so every API
 * replica draws on one allowance: in memory, N replicas would grant an attacker N× the
 * guesses. PostgreSQL rather than Redis because it is the one store every deployment has.
 * One upsert per attempt: the row lock makes concurrent attempts on one key count exactly.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private lastPrune = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    await this.pruneNowAndThen();
    const [row] = await this.dataSource.query<
      { hits: number; expires_in_ms: number; blocked_for_ms: number }[]
    >(UPSERT, [`${throttlerName}:${key}`, ttl, limit, blockDuration > 0 ? blockDuration : ttl]);
    const isBlocked = row.blocked_for_ms > 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.ceil(row.expires_in_ms / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil(row.blocked_for_ms / 1000) : 0,
    };
  }

  /** Windows long over are deleted, at most once a minute per process. */
  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.dataSource.query(
      `DELETE FROM login_throttle
        WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}

// A live block holds everything still; an expired window or an ended block starts afresh;
// the hit that goes over the limit starts the block.
const UPSERT = `
  INSERT INTO login_throttle AS t (key, hits, expires_at, blocked_until)
  VALUES ($1::text, 1, now() + $2::float8 * interval '1 millisecond',
          CASE WHEN 1 > $3::int THEN now() + $4::float8 * interval '1 millisecond' END)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE
      WHEN t.blocked_until > now() THEN t.hits
      WHEN t.expires_at <= now() OR t.blocked_until IS NOT NULL THEN 1
      ELSE t.hits + 1 END,
    expires_at = CASE
      WHEN t.blocked_until > now() THEN t.expires_at
      WHEN t.expires_at <= now() OR t.blocked_until IS NOT NULL THEN EXCLUDED.expires_at
      ELSE t.expires_at END,
    blocked_until = CASE
      WHEN t.blocked_until > now() THEN t.blocked_until
      WHEN t.expires_at > now() AND t.blocked_until IS NULL AND t.hits + 1 > $3::int
        THEN now() + $4::float8 * interval '1 millisecond'
      ELSE NULL END
  RETURNING hits,
    (extract(epoch FROM expires_at - now()) * 1000)::float8 AS expires_in_ms,
    COALESCE(extract(epoch FROM blocked_until - now()) * 1000, 0)::float8 AS blocked_for_ms`;
