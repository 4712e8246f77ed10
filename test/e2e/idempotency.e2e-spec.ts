import { startTestApp, TestApp } from '../support/test-app';
import { PASSWORD, uniqueEmail } from '../support/factories';
import type { SignedIn } from '../support/api-client';

describe('Idempotency-Key on creating POSTs', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  const officer = () => ({
    email: uniqueEmail('officer'),
    password: PASSWORD,
    fullName: 'Officer',
    role: 'officer',
  });

  it('replays the first response for the same key and body, creating once', async () => {
    const body = officer();
    const key = `key-${Date.now()}`;
    const first = await t.api.post('/users', body, admin.token, { 'idempotency-key': key });
    const second = await t.api.post('/users', body, admin.token, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
      body.email,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
    const key = `key-${Date.now()}-b`;
    expect(
      (await t.api.post('/users', officer(), admin.token, { 'idempotency-key': key })).status,
    ).toBe(201);
    const other = officer();
    const res = await t.api.post('/users', other, admin.token, { 'idempotency-key': key });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { rows } = await t.sql.query('SELECT 1 FROM users WHERE email = $1', [other.email]);
    expect(rows).toHaveLength(0);
  });

  it('creates once when the same request races itself', async () => {
    const body = officer();
    const key = `key-${Date.now()}-race`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.api.post('/users', body, admin.token, { 'idempotency-key': key }),
      ),
    );
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    const { rows } = await t.sql.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
      body.email,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('lets a key be retried after a refused request', async () => {
    const key = `key-${Date.now()}-retry`;
    const bad = await t.api.post('/users', { ...officer(), role: 'investor' }, admin.token, {
      'idempotency-key': key,
    });
    expect(bad.status).toBe(400);
    const body = officer();
    expect((await t.api.post('/users', body, admin.token, { 'idempotency-key': key })).status).toBe(
      201,
    );
  });

  it('keeps keys per user', async () => {
    const otherAdmin = await t.api.createStaff(admin.token, 'admin');
    const key = `key-${Date.now()}-shared`;
    const a = await t.api.post('/users', officer(), admin.token, { 'idempotency-key': key });
    const b = await t.api.post('/users', officer(), otherAdmin.token, { 'idempotency-key': key });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('refuses a key longer than 128 characters', async () => {
    const res = await t.api.post('/users', officer(), admin.token, {
      'idempotency-key': 'k'.repeat(129),
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });
});
