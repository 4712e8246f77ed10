import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { pipelinedTransaction } from '../../src/common/persistence/pipelined-transaction';
import { plannedQuery } from '../../src/common/persistence/prepared-query';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { waitForLockWaiter } from '../support/lock-waiter';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The intake's transactions send their statements without waiting for the answers before
 * them (issue #19). What its guarantees rest on: PostgreSQL runs them in the order sent
 * (a read sent behind a lock runs once the lock is held), and a failure anywhere, in a
 * statement sent with COMMIT included, rolls everything back and reaches the caller.
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
    await sql.query('CREATE TABLE pipeline_probe (n int PRIMARY KEY, at timestamptz)');
    await sql.query('INSERT INTO pipeline_probe VALUES (0, NULL)');
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

  it('runs a statement sent behind a lock only once the lock is held', async () => {
    await sql.query('BEGIN');
    await sql.query('SELECT 1 FROM pipeline_probe WHERE n = 0 FOR UPDATE');
    const done = pipelinedTransaction(ds, async (m) => {
      const lock = plannedQuery(m, 'SELECT n FROM pipeline_probe WHERE n = 0 FOR SHARE', []);
      const read = plannedQuery<{ now: Date }>(m, 'SELECT clock_timestamp() AS now', []);
      const [
        ,
        {
          rows: [{ now }],
        },
      ] = await Promise.all([lock, read]);
      return { value: now };
    });
    await waitForLockWaiter(sql, 'pipeline_probe');
    const {
      rows: [{ released }],
    } = await sql.query<{ released: Date }>('SELECT clock_timestamp() AS released');
    await sql.query('COMMIT');
    expect((await done).getTime()).toBeGreaterThanOrEqual(released.getTime());
  });

  it('commits what it sent, the statements sent with COMMIT included', async () => {
    const value = await pipelinedTransaction(ds, async (m) => {
      const first = plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []);
      const second = plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (2)', []);
      await Promise.all([first, second]);
      return {
        value: 'done',
        pending: [plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (3)', [])],
      };
    });
    expect(value).toBe('done');
    expect(await rows()).toEqual([0, 1, 2, 3]);
  });

  it('rolls everything back when a statement sent with COMMIT fails, and says so', async () => {
    const done = pipelinedTransaction(ds, async (m) => {
      await plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []);
      return {
        value: 'done',
        // A duplicate key: PostgreSQL then answers the COMMIT behind it with ROLLBACK.
        pending: [plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', [])],
      };
    });
    await expect(done).rejects.toThrow(/duplicate key/);
    expect(await rows()).toEqual([0]);
  });

  it('rolls back when its work throws, and leaves the connection usable', async () => {
    const done = pipelinedTransaction(ds, async (m) => {
      void plannedQuery(m, 'INSERT INTO pipeline_probe (n) VALUES (1)', []);
      await plannedQuery(m, 'SELECT 1', []);
      throw new Error('refused after the insert');
    });
    await expect(done).rejects.toThrow('refused after the insert');
    expect(await rows()).toEqual([0]);
    const again = await pipelinedTransaction(ds, async (m) => ({
      value: (await plannedQuery<{ one: number }>(m, 'SELECT 1 AS one', [])).rows[0].one,
    }));
    expect(again).toBe(1);
  });
});
