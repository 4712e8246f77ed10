import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../../src/common/clock/clock';
import { SandboxClock } from '../../src/common/clock/sandbox-clock';
import { SystemClock } from '../../src/common/clock/system-clock';
import { pipelinedTransaction } from '../../src/common/persistence/pipelined-transaction';
import { plannedQuery } from '../../src/common/persistence/prepared-query';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { waitForLockWaiter } from '../support/lock-waiter';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The intake's transactions send their statements without waiting for the answers before
 * them (issue #19). What its guarantees rest on: PostgreSQL runs them in the order sent, in
 * one transaction; the time a deadline is checked against is taken once the locks sent
 * ahead of it are held (the exact deadline, with either clock); and a failure anywhere
 * rolls everything back and reaches the caller.
 */
describe('a pipelined transaction', () => {
  let t: TestApp;
  let ds: DataSource;
  let sql: Client;

  beforeAll(async () => {
    t = await startTestApp();
    ds = new DataSource(dataSourceOptions(t.databaseUrl));
    await ds.initialize();
    sql = new Client({ connectionString: t.databaseUrl });
    await sql.connect();
    await sql.query('CREATE TABLE pipeline_probe (n int PRIMARY KEY)');
    await sql.query('INSERT INTO pipeline_probe VALUES (0)');
  });
  afterAll(async () => {
    await sql.end();
    await ds.destroy();
    await t.close();
  });
  beforeEach(() => sql.query('DELETE FROM pipeline_probe WHERE n <> 0'));

  const rows = async () =>
    (await sql.query<{ n: number }>('SELECT n FROM pipeline_probe ORDER BY n')).rows.map(
      (r) => r.n,
    );
  const lockRow = (m: EntityManager) =>
    plannedQuery(m, 'SELECT n FROM pipeline_probe WHERE n = 0 FOR SHARE', []);

  /** Runs `read` in a pipelined transaction while the test holds row 0; returns its value
   * and the time the test let go (just before: the read must not be earlier). */
  async function behindHeldRow(
    read: (m: EntityManager) => Promise<Date>,
  ): Promise<{ read: Date; released: Date }> {
    await sql.query('BEGIN');
    await sql.query('SELECT 1 FROM pipeline_probe WHERE n = 0 FOR UPDATE');
    const done = pipelinedTransaction(ds, read);
    await waitForLockWaiter(sql, 'pipeline_probe');
    const {
      rows: [{ released }],
    } = await sql.query<{ released: Date }>('SELECT clock_timestamp() AS released');
    await sql.query('COMMIT');
    return { read: await done, released };
  }

  it('runs a statement sent behind a lock only once the lock is held', async () => {
    const { read, released } = await behindHeldRow(async (m) => {
      const lock = lockRow(m);
      const time = plannedQuery<{ now: Date }>(m, 'SELECT clock_timestamp() AS now', []);
      const [, { rows: answer }] = await Promise.all([lock, time]);
      return answer[0].now;
    });
    expect(read.getTime()).toBeGreaterThanOrEqual(released.getTime());
  });

  it.each<[string, () => Clock]>([
    ['the system clock', () => new SystemClock()],
    ['the sandbox clock', () => new SandboxClock(ds)],
  ])('takes the time from %s once the locks sent ahead are held', async (_, clock) => {
    const { read, released } = await behindHeldRow(async (m) => {
      const held = lockRow(m);
      const [, now] = await Promise.all([held, clock().nowOnceHeld(held, m)]);
      return now;
    });
    expect(read.getTime()).toBeGreaterThanOrEqual(released.getTime());
  });

  it('runs the statements sent together in one transaction, and commits them', async () => {
    const xact = (m: EntityManager) =>
      plannedQuery<{ id: string }>(m, 'SELECT pg_current_xact_id()::text AS id', []);
    const ids = await pipelinedTransaction(ds, async (m) => {
      const answers = await Promise.all([
        xact(m),
        plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []),
        plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (2)', []),
        xact(m),
      ]);
      return [answers[0], answers[3]].map((a) => a.rows[0].id);
    });
    expect(ids[1]).toBe(ids[0]);
    expect(await rows()).toEqual([0, 1, 2]);
  });

  it('rolls back everything when one of the statements sent together fails', async () => {
    const done = pipelinedTransaction(ds, async (m) => {
      await Promise.all([
        plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []),
        plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []),
      ]);
      return 'done';
    });
    await expect(done).rejects.toThrow(/duplicate key/);
    expect(await rows()).toEqual([0]);
  });

  it('rolls back when its work throws, and leaves the connection outside a transaction', async () => {
    const done = pipelinedTransaction(ds, async (m) => {
      await plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []);
      throw new Error('refused after the insert');
    });
    await expect(done).rejects.toThrow('refused after the insert');
    // The pool hands the same connection on: had it stayed in the transaction, this
    // one's COMMIT would commit row 1 as well.
    await pipelinedTransaction(ds, (m) =>
      plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (2)', []),
    );
    expect(await rows()).toEqual([0, 2]);
  });
});
