import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../support/test-app';

const WEB = join(__dirname, '..', '..', 'web');

/** Issue 18: the console at `/` beside the API, and its API types generated from this server. */
describe('web console', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the console at / and its client-side routes, with the API and Swagger untouched', async () => {
    for (const path of ['/', '/tenders/0b7c1a4e-0000-4000-8000-000000000000', '/audit']) {
      const page = await fetch(`${t.baseUrl}${path}`);
      expect({ path, status: page.status }).toEqual({ path, status: 200 });
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<div id="root"></div>');
    }
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(t.baseUrl)).text());
    const script = await fetch(`${t.baseUrl}${asset?.[1]}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');

    const unknown = await t.api.get('/no-such-route');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetch(`${t.baseUrl}/docs-json`)).headers.get('content-type')).toContain('json');
  });

  it('has web/src/api/schema.d.ts generated from the OpenAPI document this server serves', async () => {
    // Fails when a route or a field changed without `npm run api:types` in web/.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(WEB, 'scripts', 'api-types.mjs'), '--check', '--url', t.baseUrl],
      { cwd: WEB },
    );
    expect(stdout).toContain('matches');
  });
});
