import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

describe('sandbox clock (SANDBOX=true)', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    // A first move, whatever test runs first: the audit test reads its event.
    const moved = await t.api.post('/sandbox/clock', { advanceMs: 1000 }, admin.token);
    expect(moved.status).toBe(200);
  });
  afterAll(() => t.close());

  it('moves forward for the admin, and every process reads the moved time', async () => {
    const before = await t.api.get('/sandbox/clock');
    expect(before.status).toBe(200);
    const day = 24 * 3600 * 1000;
    const res = await t.api.post('/sandbox/clock', { advanceMs: day }, admin.token);
    expect(res.status).toBe(200);
    expect(Math.abs(res.body.offsetMs - (before.body.offsetMs + day))).toBeLessThan(5000);
    const moved = Date.parse(res.body.now) - Date.parse(before.body.now);
    expect(moved).toBeGreaterThanOrEqual(day);
    expect(moved).toBeLessThan(day + 60000);
    // The offset lives in the database, where the worker reads it too.
    const { rows } = await t.sql.query('SELECT offset_ms FROM sandbox_clock');
    expect(Number(rows[0].offset_ms)).toBe(res.body.offsetMs);
  });

  it('can be frozen on an instant, moved while frozen, and let run again from there', async () => {
    const frozen = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    expect(frozen.body.frozen).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect((await t.api.get('/sandbox/clock')).body.now).toBe(frozen.body.now);
    const moved = await t.api.post('/sandbox/clock', { advanceMs: 1 }, admin.token);
    expect(Date.parse(moved.body.now) - Date.parse(frozen.body.now)).toBe(1);
    expect(moved.body.frozen).toBe(true);
    const running = await t.api.post(
      '/sandbox/clock',
      { advanceMs: 0, freeze: false },
      admin.token,
    );
    expect(running.body.frozen).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    const later = Date.parse((await t.api.get('/sandbox/clock')).body.now);
    expect(later).toBeGreaterThanOrEqual(Date.parse(moved.body.now) + 40);
  });

  it('records the move in the audit chain', async () => {
    const events = await t.api.get('/audit/events?entityType=sandbox_clock', admin.token);
    expect(events.body.items[0]).toMatchObject({
      action: 'sandbox.clock_advanced',
      actor: { id: admin.id },
    });
  });

  it('refuses other roles (403) and anonymous callers (401)', async () => {
    const officer = await t.api.createStaff(admin.token, 'officer');
    const investor = await t.api.registerInvestor();
    for (const token of [officer.token, investor.token]) {
      const res = await t.api.post('/sandbox/clock', { advanceMs: 1000 }, token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    expect((await t.api.post('/sandbox/clock', { advanceMs: 1000 })).status).toBe(401);
  });

  it('refuses to go back or take a non-integer (400 VALIDATION_FAILED) and keeps the offset', async () => {
    const before = (await t.api.get('/sandbox/clock')).body.offsetMs;
    for (const advanceMs of [-1, 1.5, '1000', null]) {
      const res = await t.api.post('/sandbox/clock', { advanceMs }, admin.token);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.api.get('/sandbox/clock')).body.offsetMs).toBe(before);
  });
});

describe('sandbox routes with SANDBOX=false', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SANDBOX: 'false' });
  });
  afterAll(() => t.close());

  it('do not exist (404)', async () => {
    const admin = await t.api.signInAdmin();
    expect((await t.api.get('/sandbox/clock')).status).toBe(404);
    const res = await t.api.post('/sandbox/clock', { advanceMs: 1000 }, admin.token);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
