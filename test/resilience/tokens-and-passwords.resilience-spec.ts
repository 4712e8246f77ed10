import { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import { ApiClient, ApiResponse, SignedIn } from '../support/api-client';
import { anInvestorRegistration, PASSWORD } from '../support/factories';
import { DIST_MAIN, spawnProcess, startTestApp, stopProcess, TestApp } from '../support/test-app';
import { envelopeProblem } from './support/error-envelope';
import { freshSecrets, hmacJwt, secretForms, unsignedJwt } from './support/forged-tokens';
import { documentedRoutes, fillPath } from './support/openapi-routes';

const THROTTLE_LIMIT = 4;

/** Part 8 of issue 9: forged and stale tokens, shared login throttling, secrets kept. */
describe('tokens and passwords', () => {
  const secrets = freshSecrets();
  let t: TestApp;
  let second: { child: ChildProcess; api: ApiClient; logFile: string };
  let admin: SignedIn;
  const responses: ApiResponse[] = [];

  beforeAll(async () => {
    // Two API processes on one database, as behind a load balancer; no worker is needed.
    t = await startTestApp({
      ...secrets,
      APP_ROLE: 'api',
      LOGIN_THROTTLE_LIMIT: String(THROTTLE_LIMIT),
      LOG_LEVEL: 'debug',
    });
    const logFile = join(tmpdir(), `tokens-second-api-${Date.now()}.log`);
    const spawned = await spawnProcess(
      DIST_MAIN,
      t.env,
      logFile,
      /listening on (http:\/\/[^\s"]+)/,
    );
    second = { child: spawned.child, api: new ApiClient(spawned.match[1]), logFile };
    const token = await t.api.login(DEV_DEFAULTS.ADMIN_EMAIL, secrets.ADMIN_PASSWORD);
    admin = { token, id: (await t.api.get('/me', token)).body.id, email: DEV_DEFAULTS.ADMIN_EMAIL };
  });
  afterAll(async () => {
    await stopProcess(second.child);
    rmSync(second.logFile, { force: true });
    await t.close();
  });

  /** Every answer the tests see is kept for the secrets check at the end. */
  async function seen(res: Promise<ApiResponse>): Promise<ApiResponse> {
    const answer = await res;
    responses.push(answer);
    return answer;
  }

  it('refuses forged, foreign-key, stale and revoked tokens with 401, on every kind of route', async () => {
    const officer = await t.api.createStaff(admin.token, 'officer');
    const now = Math.floor(Date.now() / 1000);
    const asAdmin = { sub: admin.id, role: 'admin' };
    const [header, , signature] = officer.token.split('.');
    const elevated = Buffer.from(JSON.stringify({ sub: admin.id, role: 'admin' })).toString(
      'base64url',
    );
    const deactivated = await t.api.request('DELETE', `/users/${officer.id}`, {
      token: admin.token,
    });
    expect(deactivated.status).toBe(204);
    const refused: Record<string, string> = {
      'alg none': unsignedJwt({ ...asAdmin, iat: now, exp: now + 600 }),
      'signed with another key': hmacJwt({ ...asAdmin, iat: now, exp: now + 600 }, 'x'.repeat(48)),
      'signed with the dev default key': hmacJwt(
        { ...asAdmin, iat: now, exp: now + 600 },
        DEV_DEFAULTS.JWT_SECRET,
      ),
      'HS512 with the right key (only HS256 is pinned)': hmacJwt(
        { ...asAdmin, iat: now, exp: now + 600 },
        secrets.JWT_SECRET,
        'HS512',
      ),
      'expired an hour ago': hmacJwt(
        { ...asAdmin, iat: now - 7200, exp: now - 3600 },
        secrets.JWT_SECRET,
      ),
      'claims swapped under a valid signature': `${header}.${elevated}.${signature}`,
      'of a deactivated user': officer.token,
    };
    for (const [what, token] of Object.entries(refused)) {
      for (const path of ['/me', '/users', '/notifications']) {
        const res = await seen(t.api.get(path, token));
        expect({ what, path, status: res.status, code: res.body?.code }).toEqual({
          what,
          path,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
        expect(envelopeProblem(res)).toBeUndefined();
      }
    }
    // The control: a token made the same way with the right key and alg is accepted.
    const genuine = hmacJwt({ ...asAdmin, iat: now, exp: now + 600 }, secrets.JWT_SECRET);
    expect((await t.api.get('/users', genuine)).status).toBe(200);
  });

  it('counts failed logins once for all API processes', async () => {
    // Registered without the usual login, so every counted attempt is one of ours.
    const investor = anInvestorRegistration();
    expect((await t.api.post('/auth/register', investor)).status).toBe(201);
    const attempt = (api: ApiClient, password = 'a wrong guess, again') =>
      seen(api.post('/auth/login', { email: investor.email, password }));
    // Alternating between the two processes: each alone has seen only half the attempts.
    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE_LIMIT; i++) {
      statuses.push((await attempt(i % 2 === 0 ? t.api : second.api)).status);
    }
    expect(statuses).toEqual(Array<number>(THROTTLE_LIMIT).fill(401));
    for (const api of [t.api, second.api]) {
      const blocked = await attempt(api, PASSWORD); // even the right password, while blocked
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('RATE_LIMITED');
    }
    // The block is per account and address: another account still logs in on either.
    const other = await second.api.registerInvestor();
    expect(other.token).toBeTruthy();
  });

  it('never shows a secret or a password hash in any answer or log line', async () => {
    const reads = (await documentedRoutes(t.api)).routes.filter((r) => r.method === 'GET');
    for (const route of reads) {
      const path = fillPath(route.path, route.path === '/users/{id}' ? { id: admin.id } : {});
      for (const token of [undefined, admin.token]) await seen(t.api.get(path, token));
    }
    await seen(t.api.get('/users?limit=200', admin.token));
    await seen(t.api.post('/auth/register', { email: 'short@example.org', password: 'short' }));
    await seen(t.api.post('/auth/login', { email: DEV_DEFAULTS.ADMIN_EMAIL, password: 'nope' }));
    await seen(
      t.api.post('/auth/login', {
        email: DEV_DEFAULTS.ADMIN_EMAIL,
        password: secrets.ADMIN_PASSWORD,
        extra: 1,
      }),
    );

    const hashes = (
      await t.sql.query<{ password_hash: string }>('SELECT password_hash FROM users')
    ).rows.flatMap((r) => r.password_hash.split('$').slice(4)); // salt and key of each
    const forbidden: Record<string, string> = {
      ...secretForms(secrets),
      [`${PASSWORD} (users' password)`]: PASSWORD,
      ...Object.fromEntries(hashes.map((h, i) => [`password hash part ${i}`, h])),
      'scrypt$ (a hash)': 'scrypt$',
    };
    const places: [string, string][] = [
      ...responses.map((r, i): [string, string] => [
        `response ${i} (${r.status})`,
        `${[...r.headers.entries()].join('\n')}\n${r.text}`,
      ]),
      ['first API log', t.logs()],
      ['second API log', readFileSync(second.logFile, 'utf8')],
    ];
    const found = places.flatMap(([where, text]) =>
      Object.entries(forbidden)
        .filter(([, secret]) => text.includes(secret))
        .map(([name]) => `${name} in ${where}`),
    );
    expect(responses.length).toBeGreaterThan(2 * reads.length); // nothing passes vacuously
    expect(found).toEqual([]);
  });
});
