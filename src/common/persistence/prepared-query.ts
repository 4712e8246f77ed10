import type { Pool, PoolClient, QueryResult } from 'pg';
import { EntityManager, QueryRunnerAlreadyReleasedError, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A named (prepared) statement on a hot path, run on `pg` itself: PostgreSQL parses and
 * plans it once per connection instead of on every call, and the call skips TypeORM's
 * query runner. Inside a transaction it runs on the transaction's connection. Only for
 * fixed statement texts: `name` must stay one text for the life of the process.
 */
export async function preparedQuery<R extends object>(
  db: DataSource | EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<QueryResult<R>> {
  if (db instanceof EntityManager && db.queryRunner) {
    // As TypeORM's own query() does: the runner's connection may be gone or handed on.
    if (db.queryRunner.isReleased) throw new QueryRunnerAlreadyReleasedError();
    const client = (await db.queryRunner.connect()) as PoolClient;
    return client.query<R>({ name, text, values });
  }
  const source = db instanceof EntityManager ? db.connection : db;
  const pool = (source.driver as PostgresDriver).master as Pool;
  return pool.query<R>({ name, text, values });
}
