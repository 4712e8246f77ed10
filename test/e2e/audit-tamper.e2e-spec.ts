import { canonicalJson } from '../../src/common/canonical-json/canonical-json';
import { chainHash } from '../../src/modules/audit/domain/audit-hash';
import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

/**
 * A database administrator disables the trigger and rewrites history: verify notices, at
 * the first seq a walk from genesis would stop at. Ranges of 2 links, so the chain of 5+
 * is checked in several statements on both connections and a break can sit on a range's
 * first or last link.
 */
describe('audit chain against tampering', () => {
  let t: TestApp;
  let admin: SignedIn;

  // Each test breaks the chain for good: a server (and a chain of 4+ events) of its own.
  beforeEach(async () => {
    t = await startTestApp({ AUDIT_VERIFY_RANGE: '2' });
    admin = await t.api.signInAdmin();
    for (let i = 0; i < 4; i++) await t.api.createStaff(admin.token, 'auditor');
    // Verifying links every committed event into the chain first (the sealer runs after
    // commit): the tampering below must find the rows it rewrites or removes.
    const linked = await t.api.get('/audit/verify', admin.token);
    expect(linked.body).toMatchObject({ valid: true });
    expect(linked.body.count).toBeGreaterThanOrEqual(5);
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

  /**
   * The answer a walk from genesis gives when `seq` is the first broken link: the links
   * before it intact, and the last of them as the head.
   */
  async function expectBrokenAt(seq: number): Promise<void> {
    const verify = await t.api.get('/audit/verify', admin.token);
    const { rows } = await t.sql.query('SELECT hash FROM audit_chain WHERE seq = $1', [seq - 1]);
    expect(verify.status).toBe(200);
    expect(verify.body).toEqual({
      valid: false,
      count: seq - 1,
      headHash: rows[0].hash,
      firstBrokenSeq: seq,
    });
  }

  it('reports valid: false and the first broken seq after a row is rewritten', async () => {
    const clean = await t.api.get('/audit/verify', admin.token);
    expect(clean.body).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(clean.body.count).toBeGreaterThanOrEqual(5);

    const { rows } = await t.sql.query('SELECT event_id FROM audit_chain WHERE seq = 3');
    await tamper(
      `UPDATE audit_events SET data = data || '{"role":"admin"}' WHERE id = ${rows[0].event_id}`,
    );

    await expectBrokenAt(3);
  });

  it('also notices a removed link', async () => {
    await tamper('DELETE FROM audit_chain WHERE seq = 2');
    await expectBrokenAt(2);
  });

  it('never lets a later break hide an earlier one', async () => {
    await tamper(`UPDATE audit_chain SET hash = repeat('f', 64) WHERE seq = 5`);
    await expectBrokenAt(5);
    await tamper(
      `UPDATE audit_events SET at = at + interval '1 millisecond'
       WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 4)`,
    );
    await expectBrokenAt(4);
  });

  it('notices a removed event and a changed actor', async () => {
    // Past the foreign key as well: replication mode fires no triggers at all.
    await tamper(
      `SET session_replication_role = replica;
       DELETE FROM audit_events WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 5);
       SET session_replication_role = DEFAULT`,
    );
    await expectBrokenAt(5);
    const { rowCount } = await t.sql.query(
      `SELECT 1 FROM audit_events WHERE actor_id IS NOT NULL
       AND id = (SELECT event_id FROM audit_chain WHERE seq = 4)`,
    );
    expect(rowCount).toBe(1); // a staff account's creation, by the admin
    await tamper(
      `UPDATE audit_events SET actor_role = 'auditor'
       WHERE id = (SELECT event_id FROM audit_chain WHERE seq = 4)`,
    );
    await expectBrokenAt(4);
  });

  /**
   * The stored canonical data is what the hash covers; the event's data is what the API
   * shows. Rewriting the stored form and its hash to match still breaks the link: the two
   * must agree. Stored text that is no JSON at all is a break too, not an error.
   */
  it('notices canonical data that no longer matches the event, with a hash recomputed to fit', async () => {
    const { rows } = await t.sql.query(
      `SELECT e.data FROM audit_chain c JOIN audit_events e ON e.id = c.event_id WHERE c.seq = 3`,
    );
    const forged = canonicalJson({ ...rows[0].data, role: 'admin' });
    await tamper(
      `UPDATE audit_chain SET canonical_data = '${forged}', hash = '${await forgedHash(3, forged)}'
       WHERE seq = 3`,
    );
    await expectBrokenAt(3);
  });

  it('reports stored canonical data PostgreSQL cannot read as a break, not an error', async () => {
    // Each with a hash forged to fit, so the statement gets as far as reading it; later
    // seqs first, so each answer shows the new break was found inside its range.
    const unreadable: [number, string][] = [
      [5, '{"n":1e1000000}'], // numeric out of range
      [4, '{"s":"\\u0000"}'], // jsonb holds no NUL
      [3, '['.repeat(20000) + ']'.repeat(20000)], // nesting too deep
      [2, '{not json'],
    ];
    for (const [seq, text] of unreadable) {
      await t.sql.query('ALTER TABLE audit_chain DISABLE TRIGGER USER');
      try {
        await t.sql.query('UPDATE audit_chain SET canonical_data = $1, hash = $2 WHERE seq = $3', [
          text,
          await forgedHash(seq, text),
          seq,
        ]);
      } finally {
        await t.sql.query('ALTER TABLE audit_chain ENABLE TRIGGER USER');
      }
      await expectBrokenAt(seq);
    }
  });

  /** The link's hash recomputed (as the sealer would) over `canonicalData` for its data. */
  async function forgedHash(seq: number, canonicalData: string): Promise<string> {
    const { rows } = await t.sql.query(
      `SELECT c.prev_hash, e.at, e.actor_id, e.actor_role, e.action, e.entity_type, e.entity_id
       FROM audit_chain c JOIN audit_events e ON e.id = c.event_id WHERE c.seq = $1`,
      [seq],
    );
    const e = rows[0];
    const event = {
      seq,
      at: (e.at as Date).toISOString(),
      actor: e.actor_id ? { id: e.actor_id, role: e.actor_role ?? '' } : null,
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      data: null,
    };
    return chainHash(e.prev_hash, event, canonicalData);
  }
});
