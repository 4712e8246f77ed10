import type { PoolClient, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The connection of each transaction pipelinedTransaction has open, by its query runner. */
const pipelines = new WeakMap<QueryRunner, PoolClient>();

/** The open pipelined transaction's connection of `runner`, if it is one. */
export function pipelineOf(runner: QueryRunner): PoolClient | undefined {
  return pipelines.get(runner);
}

/**
 * A transaction whose statements go out when they are called, without waiting for the
 * answers before them (node-postgres pipelining), so a hot path pays one round trip for
 * several statements: BEGIN travels with the first ones. PostgreSQL runs them in the order
 * sent, one after another, so a lock sent before a read is held when the read runs (a time
 * taken in JavaScript is another matter: Clock.nowOnceHeld). Only preparedQuery and
 * plannedQuery send at once, in call order; TypeORM's own queries (m.query, m.find...)
 * wait a turn first, so they may overtake or follow them: use those only where the order
 * does not matter.
 *
 * `work` awaits every statement it sends (statements sent together, with Promise.all), so
 * any failure reaches it before COMMIT is sent, and the transaction rolls back. COMMIT goes
 * alone: sent with statements whose answers are not yet known, it would commit whatever
 * of them PostgreSQL ran if one failed before reaching it (a value that cannot be bound).
 * (Round trips are what a group's transaction waits on: issue #19, BENCHMARKS.md.)
 */
export async function pipelinedTransaction<T>(
  dataSource: DataSource,
  work: (m: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  pipelines.set(runner, client);
  try {
    // Not awaited: it goes out with the first statements (a failure is still seen below).
    const begin = client.query('START TRANSACTION');
    begin.catch(() => undefined);
    let value: T;
    try {
      value = await work(runner.manager);
      await begin;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const commit: QueryResult = await client.query('COMMIT');
    // PostgreSQL answers the COMMIT of a transaction a statement failed in with ROLLBACK.
    if (commit.command !== 'COMMIT') throw new Error(`COMMIT answered ${commit.command}`);
    return value;
  } finally {
    pipelines.delete(runner);
    await runner.release();
  }
}
