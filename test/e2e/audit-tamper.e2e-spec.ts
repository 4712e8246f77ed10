import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

/** A database administrator disables the trigger and rewrites history: verify notices. */
describe('audit chain against tampering', () => {
  let t: TestApp;
  let admin: SignedIn;

  // Each test breaks the chain for good: a server (and a chain of 4+ events) of its own.
  beforeEach(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    for (let i = 0; i < 4; i++) await t.api.createStaff(admin.token, 'auditor');
  });
  afterEach(() => t.close());

  async function tamper(sql: string): Promise<void> {
    await t.sql.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
    await t.sql.query('ALTER TABLE audit_chain DISABLE TRIGGER USER');
    try {
      await t.sql.query(sql);
    } finally {
      await t.sql.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
      await t.sql.query('ALTER TABLE audit_chain ENABLE TRIGGER USER');
    }
  }

  it('reports valid: false and the first broken seq after a row is rewritten', async () => {
    const clean = await t.api.get('/audit/verify', admin.token);
    expect(clean.body).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(clean.body.count).toBeGreaterThanOrEqual(5);

    const { rows } = await t.sql.query('SELECT event_id FROM audit_chain WHERE seq = 3');
    await tamper(
      `UPDATE audit_events SET data = data || '{"role":"admin"}' WHERE id = ${rows[0].event_id}`,
    );

    const broken = await t.api.get('/audit/verify', admin.token);
    expect(broken.body).toMatchObject({ valid: false, firstBrokenSeq: 3 });
  });

  it('also notices a removed link', async () => {
    await tamper('DELETE FROM audit_chain WHERE seq = 2');
    const broken = await t.api.get('/audit/verify', admin.token);
    expect(broken.body).toMatchObject({ valid: false, firstBrokenSeq: 2 });
  });
});
