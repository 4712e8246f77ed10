import { startTestApp, TestApp } from '../support/test-app';
import { ACCESS_TABLE, expectedFor, ROLES } from './support/access-table';
import { Cast, signInCast, tokenOf } from './support/cast';
import { envelopeProblem } from './support/error-envelope';
import { documentedRoutes, fillPath, Route } from './support/openapi-routes';

/** Part 7 of issue 9: every documented route × every role, against ACCESS_TABLE. */
describe('access matrix (route × role from /docs-json)', () => {
  let t: TestApp;
  let cast: Cast;
  let routes: Route[];

  beforeAll(async () => {
    t = await startTestApp();
    cast = await signInCast(t.api);
    routes = (await documentedRoutes(t.api)).routes;
  });
  afterAll(() => t.close());

  it('has exactly one table row per documented route', () => {
    const documented = routes.map((r) => r.key).sort();
    const tabled = Object.keys(ACCESS_TABLE).sort();
    expect({ missingFromTable: documented.filter((k) => !tabled.includes(k)) }).toEqual({
      missingFromTable: [],
    });
    expect({ notDocumented: tabled.filter((k) => !documented.includes(k)) }).toEqual({
      notDocumented: [],
    });
  });

  it('lets each role through, or refuses it with 401/403 and the envelope, exactly as tabled', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      if (!ACCESS_TABLE[route.key]) continue; // reported by the test above
      // Random ids and an empty body: nothing real is touched, whatever the guard decides.
      const path = fillPath(route.path);
      for (const caller of ROLES) {
        const expected = expectedFor(route.key, caller);
        const res = await t.api.request(route.method, path, {
          token: tokenOf(cast, caller),
          body: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        });
        const got = res.status === 401 || res.status === 403 ? res.status : 'ok';
        if (got !== expected || res.status >= 500) {
          mismatches.push(`${route.key} as ${caller}: expected ${expected}, got ${res.status}`);
        } else if (got !== 'ok') {
          const problem = envelopeProblem(res);
          const code = expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (problem || res.body.code !== code) {
            mismatches.push(`${route.key} as ${caller}: ${problem ?? res.body.code}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
