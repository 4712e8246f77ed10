import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type Claim =
  { kind: 'claimed' } | { kind: 'replay'; requestHash: string; response: unknown };

/** A claim left by a process that died mid-request is taken over after this long. */
const ABANDONED_AFTER_SECONDS = 60;

@Injectable()
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, requestHash: string): Promise<Claim> {
    for (;;) {
      const claim = await this.tryClaim(userId, key, requestHash);
      if (claim) return claim;
      // The earlier claim was released between our insert and read: claim again.
    }
  }

  private async tryClaim(
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<Claim | undefined> {
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.status_code IS NULL
           AND idempotency_keys.created_at < now() - make_interval(secs => $4)
       RETURNING 1`,
      [userId, key, requestHash, ABANDONED_AFTER_SECONDS],
    );
    if (inserted.length > 0) return { kind: 'claimed' };
    const [row] = await this.dataSource.query<
      { request_hash: string; status_code: number | null; response: unknown }[]
    >(
      'SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    if (!row) return undefined;
    return {
      kind: 'replay',
      requestHash: row.request_hash,
      response: row.status_code === null ? undefined : row.response,
    };
  }

  async complete(userId: string, key: string, status: number, response: unknown): Promise<void> {
    await this.dataSource.query(
      'UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2',
      [userId, key, status, JSON.stringify(response ?? null)],
    );
  }

  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND status_code IS NULL',
      [userId, key],
    );
  }
}
