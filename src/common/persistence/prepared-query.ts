import type { Pool, PoolClient, QueryConfig, QueryResult } from 'pg';
import { EntityManager, QueryRunnerAlreadyReleasedError, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { pipelineOf } from './pipelined-transaction';

/**
 * A named (prepared) statement on a hot path, run on `pg` itself: PostgreSQL parses and
 * plans it once per connection instead of on every call, and the call skips TypeORM's
 * query runner. Inside a transaction it runs on the transaction's connection; inside a
 * pipelinedTransaction it is sent at once, in call order. Only for fixed statement texts:
 * `name` must stay one text for the life of the process.
 */
export function preparedQuery<R extends object>(
  db: DataSource | EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<QueryResult<R>> {
  return query<R>(db, { name, text, values });
}

/**
 * As preparedQuery, but parsed and planned at each call: for a statement whose best plan
 * changes as its tables grow, where a plan cached on a young table would be kept too long.
 */
export function plannedQuery<R extends object>(
  db: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<QueryResult<R>> {
  return query<R>(db, { text, values });
}

function query<R extends object>(
  db: DataSource | EntityManager,
  config: QueryConfig,
): Promise<QueryResult<R>> {
  if (db instanceof EntityManager && db.queryRunner) {
    // As TypeORM's own query() does: the runner's connection may be gone or handed on.
    if (db.queryRunner.isReleased) return Promise.reject(new QueryRunnerAlreadyReleasedError());
    const pipelined = pipelineOf(db.queryRunner);
    if (pipelined) return pipelined.query<R>(config);
    return onConnection<R>(db.queryRunner.connect() as Promise<PoolClient>, config);
  }
  const source = db instanceof EntityManager ? db.connection : db;
  const pool = (source.driver as PostgresDriver).master as Pool;
  return pool.query<R>(config);
}

async function onConnection<R extends object>(
  connection: Promise<PoolClient>,
  config: QueryConfig,
): Promise<QueryResult<R>> {
  return (await connection).query<R>(config);
}
