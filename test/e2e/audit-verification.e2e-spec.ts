import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

/**
 * The sealer hashes each event in Node (canonicalEvent); GET /audit/verify recomputes every
 * hash in PostgreSQL (CANONICAL_EVENT_SQL). Events with everything the two could write
 * differently — escapes, astral and non-ASCII characters, keys to sort, numbers in every
 * form JSON.stringify has, microseconds, years before 1 and after 9999, an actor without a
 * role — must come out intact.
 * (PostgreSQL's text and jsonb hold no NUL character, so none is tried.)
 */
describe('audit chain verification in PostgreSQL agrees with the sealer', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_VERIFY_RANGE: '3' });
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  const odd = [
    { quote: 'a "quoted" \\ back\\slash', controls: '\u0001\b\f\n\r\t\u001f\u007f' },
    {
      'я ключ': 'кириллица',
      é: 'é',
      '𝄞': 'astral 𝄞 😀',
      separators: '\u2028\u2029',
      '': 'empty key',
    },
    { b: 1, a: 2, A: 3, _: 4, '10': 5, '9': 6, nested: { z: [3, { y: 1, x: [] }], a: {} } },
    { numbers: [0, -0, 1, -1, 0.1, 1.5e-7, 1e21, 123456789012345680000, 2 ** 53, -1e-7, 5e-324] },
    { flags: [true, false, null], text: '', long: 'x'.repeat(5000) },
  ];
  /**
   * As PostgreSQL reads them: microseconds a JavaScript Date truncates, a negative epoch,
   * and years JavaScript writes its own way (six digits and a sign; 1 BC is year 0000).
   */
  const ats = [
    '2027-01-01 00:59:59.990987+00',
    '1969-12-31 23:59:59.9995+00',
    '0099-05-05 05:05:05.005+00',
    '10000-01-01 00:00:00.123+00',
    '0001-06-01 00:00:00.5+00 BC',
    '0002-01-01 00:00:00+00 BC',
  ];

  it('finds every odd event it linked intact', async () => {
    const before = (await t.api.get('/audit/verify', admin.token)).body;
    expect(before).toMatchObject({ valid: true });
    const { rows } = await t.sql.query<{ id: string }>('SELECT id FROM users LIMIT 1');
    const events = ats.map((at, i) => ({ at, data: odd[i % odd.length] }));
    for (const [i, { at, data }] of events.entries()) {
      await t.sql.query(
        `INSERT INTO audit_events (at, actor_id, actor_role, action, entity_type, entity_id, data)
         VALUES ($1, $2, $3, 'user.created', $4, $5, $6)`,
        [
          at,
          i % 2 === 0 ? rows[0].id : null,
          i === 2 ? null : 'admin', // an actor without a role is hashed with role ''
          i === 4 ? 'ent\u00e9 "type"' : 'user',
          `id\t${i} ключ`,
          JSON.stringify(data),
        ],
      );
    }
    const after = await t.api.get('/audit/verify', admin.token);
    expect(after.body).toMatchObject({
      valid: true,
      count: before.count + events.length,
      firstBrokenSeq: null,
    });
    const { rows: head } = await t.sql.query<{ hash: string }>(
      'SELECT hash FROM audit_chain ORDER BY seq DESC LIMIT 1',
    );
    expect(after.body.headHash).toBe(head[0].hash);
  });
});
