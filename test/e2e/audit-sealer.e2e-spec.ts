import { Client } from 'pg';
import type { SignedIn } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The sealer links committed events into the chain after commit. A backlog larger than one
 * batch is read once, going on from each batch's last event; an event whose transaction
 * was still open meanwhile must not be passed over once it commits.
 */
describe('audit sealer: a backlog and a late commit', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  const insertEvents = (sql: Client, count: number, action: string) =>
    sql.query(
      `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
       SELECT now(), NULL, NULL, $2, 'bid', md5(g::text)::uuid::text, jsonb_build_object('n', g)
       FROM generate_series(1, $1::int) AS g`,
      [count, action],
    );

  it('chains a 12,000-event backlog and, once it commits, the event of a transaction open meanwhile', async () => {
    const before = (await t.api.get('/audit/verify', admin.token)).body;
    expect(before).toMatchObject({ valid: true });

    const late = new Client({ connectionString: t.databaseUrl });
    await late.connect();
    try {
      await late.query('BEGIN');
      await insertEvents(late, 1, 'bid.withdrawn'); // older xid and id than the backlog
      await insertEvents(t.sql, 12000, 'bid.submitted');

      const withBacklog = (await t.api.get('/audit/verify', admin.token)).body;
      expect(withBacklog).toMatchObject({ valid: true, count: before.count + 12000 });

      await late.query('COMMIT');
      const withLate = (await t.api.get('/audit/verify', admin.token)).body;
      expect(withLate).toMatchObject({ valid: true, count: before.count + 12001 });
      const head = await t.sql.query(
        `SELECT e.action FROM audit_chain c JOIN audit_events e ON e.id = c.event_id
         ORDER BY c.seq DESC LIMIT 1`,
      );
      expect(head.rows).toEqual([{ action: 'bid.withdrawn' }]);
    } finally {
      await late.end();
    }
  });
});
