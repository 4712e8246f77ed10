import { startTestApp, TestApp } from '../support/test-app';
import type { SignedIn } from '../support/api-client';

describe('working-day calendar (API.md "Reference data (admin)")', () => {
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

  const put = (year: number | string, body: unknown, token?: string) =>
    t.api.request('PUT', `/admin/calendar/${year}`, { body, token });

  it('serves the seeded 2026: holidays, weekends and the decree transfers, sorted', async () => {
    const res = await t.api.get('/admin/calendar/2026', admin.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, source: 'table' });
    const days: string[] = res.body.nonWorkingDays;
    expect(days).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-11-04', '2026-01-03', '2026-11-28']),
    );
    // Decree 1466: 3 Jan → Fri 9 Jan, 4 Jan → Thu 31 Dec; art. 112: Sun 8 Mar → Mon 9 Mar.
    expect(days).toEqual(expect.arrayContaining(['2026-01-09', '2026-12-31', '2026-03-09']));
    expect(days).not.toContain('2026-11-26'); // a Thursday
    expect(days).toEqual([...days].sort());
    expect(days).toHaveLength(118); // 104 weekend days + 14 weekday days off
  });

  it('lets officers and auditors read it, and falls back to defaults for a year without rows', async () => {
    expect((await t.api.get('/admin/calendar/2027', officer.token)).body).toMatchObject({
      year: 2027,
      source: 'table',
    });
    const res = await t.api.get('/admin/calendar/2030', auditor.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2030, source: 'default' });
    expect(res.body.nonWorkingDays).toHaveLength(115);
    expect(res.body.nonWorkingDays).toEqual(expect.arrayContaining(['2030-01-08', '2030-03-08']));
  });

  it('replaces a year with PUT (a decree swap), reflected by GET and recorded in the audit log', async () => {
    const before: string[] = (await t.api.get('/admin/calendar/2027', admin.token)).body
      .nonWorkingDays;
    // Fri 5 Nov becomes a day off; Sat 13 Nov a working Saturday, so it leaves the list.
    const next = [...before.filter((d) => d !== '2027-11-13'), '2027-11-05'].reverse();
    const res = await put(2027, { nonWorkingDays: next }, admin.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ year: 2027, source: 'table', nonWorkingDays: [...next].sort() });

    const read = await t.api.get('/admin/calendar/2027', officer.token);
    expect(read.body.nonWorkingDays).toEqual([...next].sort());
    expect(read.body.nonWorkingDays).toContain('2027-11-05');
    expect(read.body.nonWorkingDays).not.toContain('2027-11-13');

    const audit = await t.api.get('/audit/events?entityType=calendar&entityId=2027', admin.token);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'calendar.replaced',
      entityType: 'calendar',
      entityId: '2027',
      actor: { id: admin.id, role: 'admin' },
      data: { year: 2027, count: next.length, added: ['2027-11-05'], removed: ['2027-11-13'] },
    });
  });

  it('fills a year without rows with PUT, and an empty list returns it to the fallback', async () => {
    const filled = await put(2031, { nonWorkingDays: ['2031-01-01', '2031-01-02'] }, admin.token);
    expect(filled.body).toEqual({
      year: 2031,
      source: 'table',
      nonWorkingDays: ['2031-01-01', '2031-01-02'],
    });
    const emptied = await put(2031, { nonWorkingDays: [] }, admin.token);
    expect(emptied.status).toBe(200);
    expect(emptied.body).toMatchObject({ year: 2031, source: 'default' });
    expect((await t.api.get('/admin/calendar/2031', admin.token)).body.source).toBe('default');
  });

  it('refuses bad dates with 400 VALIDATION_FAILED naming each entry, and changes nothing', async () => {
    const res = await put(
      2026,
      { nonWorkingDays: ['2026-01-01', '2026-02-30', '2027-01-01', '2026-01-01', '1 May'] },
      admin.token,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'nonWorkingDays[1]',
      'nonWorkingDays[2]',
      'nonWorkingDays[3]',
      'nonWorkingDays[4]',
    ]);
    const after = await t.api.get('/admin/calendar/2026', admin.token);
    expect(after.body.nonWorkingDays).toHaveLength(118);
  });

  it('refuses a malformed body and a year outside 2000–2100 with 400', async () => {
    for (const body of [{}, { nonWorkingDays: '2026-01-01' }, { nonWorkingDays: [20260101] }]) {
      const res = await put(2026, body, admin.token);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    const unknownField = await put(2026, { nonWorkingDays: [], year: 2026 }, admin.token);
    expect(unknownField.status).toBe(400);
    for (const year of ['1999', '2101', 'next', '2026.5']) {
      const read = await t.api.get(`/admin/calendar/${year}`, admin.token);
      expect(read.status).toBe(400);
      expect(read.body.code).toBe('VALIDATION_FAILED');
      expect((await put(year, { nonWorkingDays: [] }, admin.token)).status).toBe(400);
    }
  });

  it('lets only the admin replace (403 FORBIDDEN), hides it from investors, and asks for a token (401)', async () => {
    const body = { nonWorkingDays: ['2026-01-01'] };
    for (const who of [officer, auditor]) {
      const res = await put(2026, body, who.token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const investor = await t.api.registerInvestor();
    expect((await t.api.get('/admin/calendar/2026', investor.token)).status).toBe(403);
    const anonymousRead = await t.api.get('/admin/calendar/2026');
    expect(anonymousRead.status).toBe(401);
    expect(anonymousRead.body.code).toBe('UNAUTHENTICATED');
    expect((await put(2026, body)).status).toBe(401);
    expect((await t.api.get('/admin/calendar/2026', admin.token)).body.nonWorkingDays).toHaveLength(
      118,
    );
  });

  it('documents both routes in /docs-json', async () => {
    const doc = (await t.api.get('/docs-json')).body;
    const ops = doc.paths['/api/v1/admin/calendar/{year}'];
    expect(Object.keys(ops).sort()).toEqual(['get', 'put']);
    expect(ops.put.requestBody).toBeDefined();
    expect(ops.get.responses['200']).toBeDefined();
  });
});
