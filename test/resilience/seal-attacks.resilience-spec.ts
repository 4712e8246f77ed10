import { randomUUID } from 'node:crypto';
import type { ApiResponse } from '../support/api-client';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { Cast, signInCast } from './support/cast';
import { documentedRoutes, fillPath, Route } from './support/openapi-routes';
import { leaked, SealMarkers, sealMarkers, shape, submitMarkedBid } from './support/seal-probe';

/**
 * Part 6 of issue 9: before opening, everyone but a bid's owner attacks the seal through
 * every documented read, every error path, every count, /metrics, OCDS and the log.
 */
describe('seal attacks before opening', () => {
  let t: TestApp;
  let cast: Cast;
  let reads: Route[];
  let bidRoutes: Route[];
  const m: SealMarkers = sealMarkers();
  let sealed: { id: string }; // three marked bids
  let empty: { id: string }; // the same tender, no bids
  const bids: { bidId: string; docId: string }[] = [];
  let attackers: [string, string | undefined][];

  beforeAll(async () => {
    t = await startTestApp();
    cast = await signInCast(t.api);
    const commission = [cast.officer.id];
    sealed = await publishedTender(t.api, cast.officer.token, commission);
    empty = await publishedTender(t.api, cast.officer.token, commission);
    for (let i = 0; i < 3; i++) {
      bids.push(await submitMarkedBid(t.api, sealed.id, await t.api.registerInvestor(), m));
    }
    const routes = (await documentedRoutes(t.api)).routes;
    reads = routes.filter((r) => r.method === 'GET');
    bidRoutes = routes.filter((r) => r.path.includes('{bidId}'));
    // cast.investor owns no bid here: another investor, like the admin, officer and auditor.
    attackers = [
      ['anonymous', undefined],
      ...(['investor', 'officer', 'auditor', 'admin'] as const).map((role): [string, string] => [
        role,
        cast[role].token,
      ]),
    ];
  });
  afterAll(() => t.close());

  const idsOf = (tenderId: string) => ({ id: tenderId, ...bids[0] });

  it('shows no bid content on any documented read, to any non-owner', async () => {
    const leaks: string[] = [];
    for (const route of reads) {
      for (const [who, token] of attackers) {
        const res = await t.api.get(fillPath(route.path, idsOf(sealed.id)), token);
        const found = leaked(res, [...m.needles, ...bids.flatMap((b) => [b.bidId, b.docId])]);
        if (found.length > 0) leaks.push(`${route.key} as ${who}: ${found.join(', ')}`);
        if (res.status >= 500) leaks.push(`${route.key} as ${who}: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('answers every read of a tender with three bids exactly as one with none', async () => {
    const differences: string[] = [];
    const tenderReads = reads.filter((r) => r.path.startsWith('/tenders/{id}'));
    for (const route of tenderReads) {
      for (const [who, token] of attackers) {
        const withBids = await t.api.get(fillPath(route.path, idsOf(sealed.id)), token);
        const without = await t.api.get(fillPath(route.path, idsOf(empty.id)), token);
        const a = shape(withBids, { [sealed.id]: '<tender>' });
        const b = shape(without, { [empty.id]: '<tender>' });
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          differences.push(`${route.key} as ${who}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('lists, totals and pages the two tenders alike, in the catalogue and the OCDS feed', async () => {
    for (const [who, token] of attackers) {
      const page = (await t.api.get('/tenders?limit=200', token)).body;
      const item = (id: string) =>
        shape(asResponse(page.items.find((x: { id: string }) => x.id === id)), {
          [id]: '<tender>',
        });
      expect({ who, sealed: item(sealed.id) }).toEqual({ who, sealed: item(empty.id) });

      const feed = (await t.api.get('/ocds/releases?limit=200', token)).body.releases as {
        ocid: string;
      }[];
      const releasesOf = (id: string) =>
        feed
          .filter((r) => r.ocid.endsWith(id))
          .map((r) => shape(asResponse(r), { [id]: '<tender>' }));
      expect({ who, sealed: releasesOf(sealed.id) }).toEqual({ who, sealed: releasesOf(empty.id) });
    }
    // The owner's list shows its own bid only: never a total of the tender's bids.
    const owner = await t.api.registerInvestor();
    const own = await submitMarkedBid(t.api, sealed.id, owner, m);
    const list = await t.api.get(`/tenders/${sealed.id}/bids`, owner.token);
    expect(list.body.total).toBe(1);
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([own.bidId]);
  });

  it('answers an existing bid and a missing one byte for byte alike, on every bid route', async () => {
    const differences: string[] = [];
    const missing = { bidId: randomUUID(), docId: randomUUID() };
    for (const route of bidRoutes) {
      for (const [who, token] of attackers) {
        const existing = await knock(route, { id: sealed.id, ...bids[1] }, token);
        const absent = await knock(route, { id: sealed.id, ...missing }, token);
        const a = shape(existing, { [bids[1].bidId]: '<bid>', [bids[1].docId]: '<doc>' });
        const b = shape(absent, { [missing.bidId]: '<bid>', [missing.docId]: '<doc>' });
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          differences.push(`${route.key} as ${who}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    // Nothing the attackers tried changed a bid: each is still its owner's first version.
    const { rows } = await t.sql.query('SELECT status, version FROM bids WHERE tender_id = $1', [
      sealed.id,
    ]);
    expect(rows.filter((r) => r.status !== 'submitted' || r.version !== 1)).toEqual([]);
  });

  it('keeps bids out of /metrics and the server log', async () => {
    const metrics = await t.api.scrapeMetrics();
    expect(leaked(metrics, [...m.needles, sealed.id])).toEqual([]);
    expect(metrics.text.split('\n').filter((line) => /bid/i.test(line))).toEqual([]);
    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    expect(m.needles.filter((n) => logs.includes(n))).toEqual([]);
  });

  /** A bid route as an attacker would try it: with a plausible body, or a file to upload. */
  function knock(route: Route, ids: Record<string, string>, token?: string): Promise<ApiResponse> {
    const path = fillPath(route.path, ids);
    if (route.multipart) {
      return t.api.upload(path, { name: 'x.pdf', bytes: Buffer.from('%PDF x') }, token);
    }
    const body = route.method === 'GET' ? undefined : bodyFor(route);
    return t.api.request(route.method, path, { token, body });
  }
});

function bodyFor(route: Route): unknown {
  if (route.path.endsWith('/expert-scores/{bidId}')) return { scores: { technology: 50 } };
  if (route.path.includes('/admission/')) return { admitted: false, reason: 'probe' };
  if (route.method === 'PUT') return aBid();
  return {};
}

function asResponse(value: unknown): ApiResponse {
  const text = JSON.stringify(value) ?? '';
  return { status: 200, body: value, text, headers: new Headers() };
}
