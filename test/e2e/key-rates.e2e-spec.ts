import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

/** The migration's seed: Bank of Russia decisions, each from the Monday it applied. */
const SEEDED = [
  { effectiveFrom: '2023-12-18', ratePct: '16.00' },
  { effectiveFrom: '2024-07-29', ratePct: '18.00' },
  { effectiveFrom: '2024-09-16', ratePct: '19.00' },
  { effectiveFrom: '2024-10-28', ratePct: '21.00' },
  { effectiveFrom: '2025-06-09', ratePct: '20.00' },
  { effectiveFrom: '2025-07-28', ratePct: '18.00' },
  { effectiveFrom: '2025-09-15', ratePct: '17.00' },
  { effectiveFrom: '2025-10-27', ratePct: '16.50' },
  { effectiveFrom: '2025-12-22', ratePct: '16.00' },
  { effectiveFrom: '2026-02-16', ratePct: '15.50' },
];

describe('key rates (API.md "Reference data (admin)")', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
  });
  afterAll(() => t.close());

  const record = (body: unknown, token?: string) => t.api.post('/admin/key-rates', body, token);
  const rates = async () => (await t.api.get('/admin/key-rates', admin.token)).body.items;
  const auditEvents = async () =>
    (await t.api.get('/audit/events?entityType=key_rate', admin.token)).body.items;

  it('lists the seeded history oldest first, to admin, officers and auditors', async () => {
    for (const who of [admin, officer, auditor]) {
      const res = await t.api.get('/admin/key-rates', who.token);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: SEEDED, total: SEEDED.length });
    }
  });

  it('refuses a second rate for a recorded day with 409 INVALID_STATE and keeps the first', async () => {
    const res = await record({ effectiveFrom: '2026-02-16', ratePct: '21.00' }, admin.token);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'INVALID_STATE',
      details: { status: 'recorded', existing: { effectiveFrom: '2026-02-16', ratePct: '15.50' } },
    });
    expect(await rates()).toContainEqual({ effectiveFrom: '2026-02-16', ratePct: '15.50' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['the rate as a JSON number', { effectiveFrom: '2031-01-13', ratePct: 16 }, 'ratePct'],
    ['3 decimals', { effectiveFrom: '2031-01-13', ratePct: '16.125' }, 'ratePct'],
    ['100 % or more', { effectiveFrom: '2031-01-13', ratePct: '100.00' }, 'ratePct'],
    ['a negative rate', { effectiveFrom: '2031-01-13', ratePct: '-1.00' }, 'ratePct'],
    [
      'a day that does not exist',
      { effectiveFrom: '2031-02-30', ratePct: '16.00' },
      'effectiveFrom',
    ],
    [
      'a date not written YYYY-MM-DD',
      { effectiveFrom: '13.01.2031', ratePct: '16.00' },
      'effectiveFrom',
    ],
    [
      'a full timestamp',
      { effectiveFrom: '2031-01-13T00:00:00Z', ratePct: '16.00' },
      'effectiveFrom',
    ],
    ['the date as a JSON number', { effectiveFrom: 20310113, ratePct: '16.00' }, 'effectiveFrom'],
    ['a year out of range', { effectiveFrom: '1999-12-31', ratePct: '16.00' }, 'effectiveFrom'],
    ['a missing rate', { effectiveFrom: '2031-01-13' }, 'ratePct'],
    ['an unknown field', { effectiveFrom: '2031-01-13', ratePct: '16.00', note: 'x' }, 'note'],
  ])('refuses %s with 400 VALIDATION_FAILED and writes nothing', async (_what, body, field) => {
    const before = await rates();
    const eventsBefore = (await auditEvents()).length;

    const res = await record(body, admin.token);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);

    expect(await rates()).toEqual(before);
    expect(await auditEvents()).toHaveLength(eventsBefore);
  });

  it('lets only the admin record (403 FORBIDDEN), hides it from investors, and asks for a token (401)', async () => {
    const body = { effectiveFrom: '2032-01-12', ratePct: '8.00' };
    for (const who of [officer, auditor]) {
      const res = await record(body, who.token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const investor = await t.api.registerInvestor();
    expect((await t.api.get('/admin/key-rates', investor.token)).status).toBe(403);
    expect((await record(body, investor.token)).status).toBe(403);

    const anonymousRead = await t.api.get('/admin/key-rates');
    expect(anonymousRead.status).toBe(401);
    expect(anonymousRead.body.code).toBe('UNAUTHENTICATED');
    expect((await record(body)).status).toBe(401);

    expect(await rates()).not.toContainEqual(body);
  });

  it('documents both routes in /docs-json', async () => {
    const doc = (await t.api.get('/docs-json')).body;
    const ops = doc.paths['/api/v1/admin/key-rates'];
    expect(Object.keys(ops).sort()).toEqual(['get', 'post']);
    expect(ops.get.summary).toBeTruthy();
    expect(ops.get.responses['200']).toBeDefined();
    expect(ops.post.summary).toBeTruthy();
    expect(ops.post.requestBody).toBeDefined();
    expect(ops.post.responses['201']).toBeDefined();
  });
});

/** Recording changes the list the other tests read as seeded: on a server of its own. */
describe('key rates: recording a new one', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  const record = (body: unknown, token?: string) => t.api.post('/admin/key-rates', body, token);
  const rates = async () => (await t.api.get('/admin/key-rates', admin.token)).body.items;
  const auditEvents = async () =>
    (await t.api.get('/audit/events?entityType=key_rate', admin.token)).body.items;

  it('records a new rate for the admin, lists it in order and writes the audit event', async () => {
    // "9.5" is printed back with two decimals, as every rate is.
    const res = await record({ effectiveFrom: '2030-03-25', ratePct: '9.5' }, admin.token);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ effectiveFrom: '2030-03-25', ratePct: '9.50' });

    const earlier = await record({ effectiveFrom: '2029-11-05', ratePct: '10.25' }, admin.token);
    expect(earlier.status).toBe(201);

    expect(await rates()).toEqual([
      ...SEEDED,
      { effectiveFrom: '2029-11-05', ratePct: '10.25' },
      { effectiveFrom: '2030-03-25', ratePct: '9.50' },
    ]);

    const events = await auditEvents();
    expect(events.find((e: { entityId: string }) => e.entityId === '2030-03-25')).toMatchObject({
      action: 'key_rate.recorded',
      entityType: 'key_rate',
      entityId: '2030-03-25',
      actor: { id: admin.id, role: 'admin' },
      data: { effectiveFrom: '2030-03-25', ratePct: '9.50' },
    });
  });
});
