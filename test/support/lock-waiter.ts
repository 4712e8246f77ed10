import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';

/**
 * Resolves once some session of the test database waits on a lock: a request the test
 * holds back (by locking a row or table it needs) has reached its statement.
 */
export async function waitForLockWaiter(sql: Client, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await sleep(25);
  }
  throw new Error(`no request waited on the held ${what}`);
}
