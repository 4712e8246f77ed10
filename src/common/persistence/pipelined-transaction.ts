import type { PoolClient, QueryResult } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** The connection of each transaction pipelinedTransaction has open, by its query runner. */
const pipelines = new WeakMap<QueryRunner, PoolClient>();

/** The open pipelined transaction's connection of `runner`, if it is one. */
export function pipelineOf(runner: QueryRunner): PoolClient | undefined {
  return pipelines.get(runner);
}

/** What a pipelined transaction's work returns: its value, and statements COMMIT follows. */
export interface Committing<T> {
  value: T;
  /** Statements sent and not awaited: COMMIT goes out behind them, in the same round trip. */
  pending?: Promise<unknown>[];
}

/**
 * A transaction whose statements go out when they are called, without waiting for the
 * answers before them (node-postgres pipelining), so a hot path pays one round trip for
 * several statements: BEGIN travels with the first ones, COMMIT with the last. PostgreSQL
 * runs them in the order sent, one after another, so a lock sent before a read is held
 * when the read runs. Only preparedQuery and plannedQuery send at once, in call order;
 * TypeORM's own queries (m.query, m.find...) wait a turn first, so they may overtake or
 * follow them: use those only where the order does not matter.
 *
 * `work` awaits every statement it sends, or returns it in `pending`.
 *
 * After a failed statement PostgreSQL refuses the rest of the transaction, and answers
 * a COMMIT that follows with ROLLBACK: a failure anywhere, pending statements included,
 * rolls the whole transaction back and is thrown here. Every statement's promise gets a
 * handler, so one answered after the failure is never an unhandled rejection.
 * (Round trips are what a group's transaction waits on: issue #19, BENCHMARKS.md.)
 */
export async function pipelinedTransaction<T>(
  dataSource: DataSource,
  work: (m: EntityManager) => Promise<Committing<T>>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  pipelines.set(runner, client);
  let commitSent = false;
  try {
    const begin = handled(client.query('START TRANSACTION'));
    const { value, pending = [] } = await work(runner.manager);
    const commit = handled(client.query('COMMIT'));
    commitSent = true;
    await Promise.all([begin, ...pending.map(handled)]);
    const answer: QueryResult = await commit;
    // A COMMIT of a transaction a statement failed in answers ROLLBACK, not an error.
    if (answer.command !== 'COMMIT') throw new Error(`COMMIT answered ${answer.command}`);
    return value;
  } catch (error) {
    if (!commitSent) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    pipelines.delete(runner);
    await runner.release();
  }
}

/** The same promise, marked handled: whoever awaits it still sees its rejection. */
function handled<P extends Promise<unknown>>(promise: P): P {
  promise.catch(() => undefined);
  return promise;
}
