import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

describe('audit log (DOMAIN.md §9)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
    // A chain of several events before any test: the linking and verify tests read 3+.
    for (let i = 0; i < 3; i++) await t.api.registerInvestor();
  });
  afterAll(() => t.close());

  it('records every successful account change as an event in the chain', async () => {
    const investor = await t.api.registerInvestor();
    const officer = await t.api.createStaff(admin.token, 'officer');
    await t.api.request('DELETE', `/users/${officer.id}`, { token: admin.token });

    const forInvestor = await t.api.get(
      `/audit/events?entityType=user&entityId=${investor.id}`,
      auditor.token,
    );
    expect(forInvestor.status).toBe(200);
    expect(forInvestor.body.items.map((e: { action: string }) => e.action)).toEqual([
      'account.registered',
    ]);
    expect(forInvestor.body.items[0].actor).toEqual({ id: investor.id, role: 'investor' });

    const forOfficer = await t.api.get(`/audit/events?entityId=${officer.id}`, auditor.token);
    expect(forOfficer.body.items.map((e: { action: string }) => e.action)).toEqual([
      'user.created',
      'user.deactivated',
    ]);
    expect(forOfficer.body.items[1].actor).toEqual({ id: admin.id, role: 'admin' });
    const [created, deactivated] = forOfficer.body.items;
    expect(deactivated.seq).toBeGreaterThan(created.seq);

    const byAdmin = await t.api.get(`/audit/events?actorId=${admin.id}&limit=200`, admin.token);
    expect(
      byAdmin.body.items.every((e: { actor: { id: string } }) => e.actor.id === admin.id),
    ).toBe(true);
  });

  it('leaves no event for a refused change', async () => {
    const before = (await t.api.get('/audit/verify', auditor.token)).body.count;
    const res = await t.api.post('/auth/register', { email: 'x@example.org', password: 'short' });
    expect(res.status).toBe(400);
    expect((await t.api.get('/audit/verify', auditor.token)).body.count).toBe(before);
  });

  it('links events in seq order: each prevHash is the previous hash', async () => {
    const res = await t.api.get('/audit/events?limit=200', auditor.token);
    const items = res.body.items as { seq: number; prevHash: string; hash: string }[];
    expect(items[0]).toMatchObject({ seq: 1, prevHash: '0'.repeat(64) });
    items.slice(1).forEach((e, i) => {
      expect(e.seq).toBe(items[i].seq + 1);
      expect(e.prevHash).toBe(items[i].hash);
    });
    const paged = await t.api.get(`/audit/events?after=${items[1].seq}&limit=1`, auditor.token);
    expect(paged.body.items[0].seq).toBe(items[2].seq);
  });

  it('verifies as valid', async () => {
    const res = await t.api.get('/audit/verify', auditor.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ valid: true, firstBrokenSeq: null });
    expect(res.body.count).toBeGreaterThan(3);
    expect(res.body.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the record, even by direct SQL', async () => {
    await expect(t.sql.query(`UPDATE audit_events SET action = 'x' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.sql.query('DELETE FROM audit_events WHERE id = 1')).rejects.toThrow(
      /append-only/,
    );
    await expect(
      t.sql.query(`UPDATE audit_chain SET hash = repeat('a', 64) WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql.query('TRUNCATE audit_chain, audit_events')).rejects.toThrow(/append-only/);
  });

  it('keeps the chain intact under many concurrent writers', async () => {
    const before = (await t.api.get('/audit/verify', auditor.token)).body.count;
    const writers = 40;
    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        i % 2 === 0
          ? t.api.post('/auth/register', {
              email: `parallel-${i}-${Date.now()}@example.org`,
              password: 'a long enough password',
              fullName: 'Parallel',
              organization: { name: `Parallel ${i}`, inn: innFor(i) },
            })
          : t.api.post(
              '/users',
              {
                email: `staff-${i}-${Date.now()}@example.org`,
                password: 'a long enough password',
                fullName: 'P',
                role: 'auditor',
              },
              admin.token,
            ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(writers).fill(201));
    const verify = await t.api.get('/audit/verify', auditor.token);
    expect(verify.body).toMatchObject({
      valid: true,
      firstBrokenSeq: null,
      count: before + writers,
    });
  });

  it('is for auditors and admins only', async () => {
    const investor = await t.api.registerInvestor();
    const officer = await t.api.createStaff(admin.token, 'officer');
    for (const token of [investor.token, officer.token]) {
      expect((await t.api.get('/audit/events', token)).status).toBe(403);
      expect((await t.api.get('/audit/verify', token)).status).toBe(403);
    }
    expect((await t.api.get('/audit/verify')).status).toBe(401);
  });
});

/** Distinct valid INNs for the parallel registrations. */
function innFor(i: number): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const digits = `9${String(Date.now() % 1e6).padStart(6, '0')}${String(i).padStart(2, '0')}`
    .split('')
    .map(Number);
  const sum = digits.reduce((acc, d, k) => acc + d * weights[k], 0);
  return [...digits, (sum % 11) % 10].join('');
}
