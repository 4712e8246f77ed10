import { setTimeout as sleep } from 'node:timers/promises';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import { waitForLockWaiter } from '../support/lock-waiter';
import { startTestApp, TestApp } from '../support/test-app';
import { anInvestorRegistration, PASSWORD, uniqueEmail, validInn } from '../support/factories';
import type { SignedIn } from '../support/api-client';

describe('accounts (API.md "Accounts")', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
  });
  afterAll(() => t.close());

  it('registers an investor with its organization, logs in and reads /me', async () => {
    const registration = anInvestorRegistration();
    const reg = await t.api.post('/auth/register', registration);
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ email: registration.email, role: 'investor' });
    expect(reg.body.organization).toMatchObject({ inn: registration.organization.inn });
    expect(reg.text).not.toContain('password');

    const login = await t.api.post('/auth/login', {
      email: registration.email,
      password: registration.password,
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600 });

    const me = await t.api.get('/me', login.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: reg.body.user.id,
      email: registration.email,
      fullName: registration.fullName,
      role: 'investor',
      organization: {
        id: reg.body.organization.id,
        name: registration.organization.name,
        inn: registration.organization.inn,
      },
      active: true,
    });
    // The account as the guard read it: every field of the user, nothing more (no hash).
    expect(Object.keys(me.body).sort()).toEqual(
      ['active', 'createdAt', 'email', 'fullName', 'id', 'organization', 'role'].sort(),
    );
    expect(me.body.createdAt).toBe(reg.body.user.createdAt);
  });

  it('lets the admin create an officer and an auditor, and lists them', async () => {
    const officer = await t.api.createStaff(admin.token, 'officer');
    const auditor = await t.api.createStaff(admin.token, 'auditor');
    expect((await t.api.get('/me', officer.token)).body).toMatchObject({
      role: 'officer',
      organization: null,
    });
    expect((await t.api.get('/me', auditor.token)).body).toMatchObject({ role: 'auditor' });

    const list = await t.api.get('/users?limit=200', admin.token);
    expect(list.status).toBe(200);
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([officer.id, auditor.id, admin.id]));
    expect(list.body.total).toBeGreaterThanOrEqual(3);
    expect(list.text).not.toMatch(/password|scrypt\$/i);
  });

  it('answers 403 FORBIDDEN to a signed-in user of the wrong role', async () => {
    const investor = await t.api.registerInvestor();
    const res = await t.api.post(
      '/users',
      { email: uniqueEmail(), password: PASSWORD, fullName: 'X', role: 'officer' },
      investor.token,
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    expect((await t.api.get('/users', investor.token)).body.code).toBe('FORBIDDEN');
  });

  it('answers 401 UNAUTHENTICATED without a token, with a bad token or a forged one', async () => {
    for (const token of [undefined, 'not-a-jwt', forgedNoneAlgToken()]) {
      const res = await t.api.get('/me', token);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('refuses a duplicate email (409 EMAIL_TAKEN), any letter case, and a duplicate INN (409 ORGANIZATION_EXISTS)', async () => {
    const first = anInvestorRegistration();
    expect((await t.api.post('/auth/register', first)).status).toBe(201);
    const sameEmail = await t.api.post(
      '/auth/register',
      anInvestorRegistration({ email: first.email.toUpperCase() }),
    );
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.code).toBe('EMAIL_TAKEN');
    const sameInn = await t.api.post(
      '/auth/register',
      anInvestorRegistration({ organization: { name: 'Other', inn: first.organization.inn } }),
    );
    expect(sameInn.status).toBe(409);
    expect(sameInn.body.code).toBe('ORGANIZATION_EXISTS');
    const staffSameEmail = await t.api.post(
      '/users',
      { email: first.email, password: PASSWORD, fullName: 'X', role: 'auditor' },
      admin.token,
    );
    expect(staffSameEmail.body.code).toBe('EMAIL_TAKEN');
  });

  it('refuses an INN with a wrong check digit (400 INN_INVALID) and writes nothing', async () => {
    const inn = validInn();
    const wrong = inn.slice(0, 9) + String((Number(inn[9]) + 1) % 10);
    const registration = anInvestorRegistration({ organization: { name: 'Bad INN', inn: wrong } });
    const res = await t.api.post('/auth/register', registration);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INN_INVALID');
    const rows = await t.sql.query('SELECT 1 FROM users WHERE email = $1', [registration.email]);
    expect(rows.rowCount).toBe(0);
  });

  it('refuses unknown and missing fields with 400 VALIDATION_FAILED naming each field', async () => {
    const res = await t.api.post('/auth/register', {
      ...anInvestorRegistration(),
      isAdmin: true,
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['isAdmin', 'password']));

    const nested = await t.api.post('/auth/register', {
      ...anInvestorRegistration(),
      organization: { name: 'X', inn: '7707083893', extra: 1 },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.details.map((d: { field: string }) => d.field)).toContain(
      'organization.extra',
    );
  });

  it('answers a malformed JSON body with 400, never 500', async () => {
    const res = await t.api.request('POST', '/auth/register', { rawBody: '{"email": "a@b.c",' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await t.api.request('POST', '/auth/register', {
      rawBody: JSON.stringify({ ...anInvestorRegistration(), fullName: 'x'.repeat(1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives the same 401 INVALID_CREDENTIALS for an unknown email and a wrong password', async () => {
    const investor = await t.api.registerInvestor();
    const wrongPassword = await t.api.post('/auth/login', {
      email: investor.email,
      password: 'wrong password!!',
    });
    const unknownEmail = await t.api.post('/auth/login', {
      email: uniqueEmail(),
      password: 'wrong password!!',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles repeated login attempts on one account with 429 RATE_LIMITED', async () => {
    const investor = await t.api.registerInvestor();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await t.api.post('/auth/login', { email: investor.email, password: 'guessing wrong!' }))
          .status,
      );
    }
    expect(statuses.slice(0, 9).every((s) => s === 401)).toBe(true);
    const last = await t.api.post('/auth/login', { email: investor.email, password: PASSWORD });
    expect(last.status).toBe(429);
    expect(last.body.code).toBe('RATE_LIMITED');
    // Another account from the same address is not locked out.
    const other = await t.api.registerInvestor();
    expect(other.token).toBeTruthy();
  });

  it('deactivates an account: its token stops working at once and it cannot log in', async () => {
    const officer = await t.api.createStaff(admin.token, 'officer');
    expect((await t.api.get('/me', officer.token)).status).toBe(200);
    const del = await t.api.request('DELETE', `/users/${officer.id}`, { token: admin.token });
    expect(del.status).toBe(204);
    expect((await t.api.get('/me', officer.token)).status).toBe(401);
    const login = await t.api.post('/auth/login', { email: officer.email, password: PASSWORD });
    expect(login.body.code).toBe('INVALID_CREDENTIALS');
    const missing = await t.api.request('DELETE', '/users/00000000-0000-4000-8000-000000000000', {
      token: admin.token,
    });
    expect(missing.status).toBe(404);
  });

  it('answers requests that share one account read each as its own account, a deactivated one 401', async () => {
    const staff = await Promise.all(
      (['officer', 'auditor', 'officer', 'auditor'] as const).map((role) =>
        t.api.createStaff(admin.token, role),
      ),
    );
    const gone = await t.api.createStaff(admin.token, 'officer');
    expect(
      (await t.api.request('DELETE', `/users/${gone.id}`, { token: admin.token })).status,
    ).toBe(204);
    const jwt = new JwtService({ secret: DEV_DEFAULTS.JWT_SECRET });
    const unknown = jwt.sign(
      { sub: '00000000-0000-4000-8000-000000000000', role: 'admin' },
      { algorithm: 'HS256', expiresIn: 60 },
    );
    // The users table held: the lead request's read waits on it, and every request sent
    // meanwhile queues for the next read, which all of them share.
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const lead = t.api.get('/me', admin.token);
      await waitForLockWaiter(t.sql, 'users table');
      const callers = [...staff, gone, ...staff.slice().reverse()];
      const answers = Promise.all([
        ...callers.map((c) => t.api.get('/me', c.token)),
        t.api.get('/me', unknown),
      ]);
      await sleep(500);
      await holder.query('COMMIT');
      expect((await lead).body.id).toBe(admin.id);
      const replies = await answers;
      callers.forEach((caller, i) => {
        if (caller === gone) expect(replies[i].status).toBe(401);
        else expect(replies[i].body).toMatchObject({ id: caller.id, email: caller.email });
      });
      expect(replies[callers.length].status).toBe(401);
    } finally {
      await holder.end();
    }
  });

  it('refuses a token from the second it expires, though it was accepted (and remembered) before', async () => {
    const jwt = new JwtService({ secret: DEV_DEFAULTS.JWT_SECRET });
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = jwt.sign({ sub: admin.id, role: 'admin', exp }, { algorithm: 'HS256' });
    expect((await t.api.get('/me', token)).status).toBe(200);
    expect((await t.api.get('/me', token)).status).toBe(200);
    // The tampered twin of a remembered token is verified, not looked up.
    const at = token.length - 10;
    const twin = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    expect((await t.api.get('/me', twin)).status).toBe(401);
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50));
    expect((await t.api.get('/me', token)).status).toBe(401);
  });
});

function forgedNoneAlgToken(): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '00000000-0000-4000-8000-000000000000', role: 'admin' })}.`;
}
