import fc from 'fast-check';
import type { ApiResponse } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';
import { ROLES, expectedFor } from './support/access-table';
import { envelopeProblem } from './support/error-envelope';
import { buildFuzzWorld, FuzzWorld } from './support/fuzz-world';
import { hostileBodies } from './support/hostile-bodies';
import { documentedRoutes, exampleBody, fillPath, OpenApi } from './support/openapi-routes';
import { rowCounts } from './support/row-counts';

const TOTAL_BODIES = Number(process.env.FUZZ_BODIES ?? 10000);
const CONCURRENCY = 6;
const FINAL = /^DELETE |\/(cancel|terminate|withdraw|declare-unsuccessful|award)$/;
// Printed with every failure, so a failing run can be replayed with FUZZ_SEED.
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** Part 5 of issue 9: hostile bodies on every write route, as a caller who may use it. */
describe(`fuzzing every write route (fast-check seed ${SEED})`, () => {
  let t: TestApp;
  let world: FuzzWorld;
  let api: OpenApi;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildFuzzWorld(t.api);
    api = await documentedRoutes(t.api);
  });
  afterAll(() => t.close());

  it('never answers 5xx, always the error envelope, and a refused request writes nothing', async () => {
    // Writes that end a tender, bid, contract or account go last, so the others still find
    // their objects alive and reach deeper than a 409.
    const writes = api.routes
      .filter((r) => r.method !== 'GET')
      .sort((a, b) => Number(FINAL.test(a.key)) - Number(FINAL.test(b.key)));
    const perRoute = Math.ceil(TOTAL_BODIES / writes.length);
    const failures: string[] = [];
    let sent = 0;
    for (const [index, route] of writes.entries()) {
      const caller = ROLES.find((role) => expectedFor(route.key, role) === 'ok') ?? 'anonymous';
      const token = caller === 'anonymous' ? undefined : world.callers[caller].token;
      const path = fillPath(route.path, world.idsFor(route.path));
      const template = route.jsonBody ? exampleBody(route.jsonBody, api.schemas) : {};
      const bodies = fc.sample(hostileBodies(template), { numRuns: perRoute, seed: SEED + index });
      const before = await rowCounts(t.sql);
      const started = Date.now();
      const accepted = await forEachLimited(bodies, CONCURRENCY, async (body) => {
        const res = await t.api.request(route.method, path, {
          token,
          rawBody: JSON.stringify(body) ?? 'null',
        });
        sent++;
        const problem =
          res.status >= 500 ? 'server error' : res.status >= 400 ? envelopeProblem(res) : undefined;
        if (problem) failures.push(explain(route.key, caller, body, res, problem));
        return res.status < 400;
      });
      if (process.env.FUZZ_PROFILE) console.log(route.key, `${Date.now() - started} ms`);
      // Accepted writes legitimately add rows; a batch refused whole must leave none behind.
      if (!accepted.some(Boolean)) {
        const after = await rowCounts(t.sql);
        const grown = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (grown.length > 0)
          failures.push(`${route.key}: refused, yet ${grown.join(', ')} changed`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_BODIES);
  });

  it('leaves an audit chain that verifies', async () => {
    const verify = await t.api.get('/audit/verify', world.callers.auditor.token);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  });
});

function explain(key: string, caller: string, body: unknown, res: ApiResponse, problem: string) {
  const sent = JSON.stringify(body)?.slice(0, 300);
  return `${key} as ${caller} → ${res.status} (${problem}) ${res.text.slice(0, 200)} for ${sent}`;
}

async function forEachLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}
