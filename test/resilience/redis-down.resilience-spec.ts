import type { SignedIn } from '../support/api-client';
import { aBid, aBatteryTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { PrivateRedis } from './support/private-services';
import { sleep, timedRequest, waitFor } from './support/process-faults';

/**
 * Redis (a private one, without persistence) stops while tenders are published and bids
 * arrive, and comes back empty, as after a failover to a blank replica: every delayed
 * job it held is gone. Nobody moves the sandbox clock here, because moving it runs the
 * due deadlines inside the API request without Redis; real time passes the deadlines, so
 * only the worker (driven by Redis) can fire them, from the database's nextCheckAt.
 */

const SECOND = 1000;
const CLIENT_TIMEOUT_MS = 10000;
// Measured: the setup below takes 2-4 s on a loaded 2-CPU machine; the rest is margin.
const LEAD_MS = 15 * SECOND;

describe('Redis down', () => {
  let redis: PrivateRedis | undefined;
  let t: TestApp | undefined;

  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  }, 60000);

  it('bids are accepted and tenders published while Redis is down; when it returns empty, every deadline fires', async () => {
    redis = await PrivateRedis.create();
    t = await startTestApp({ REDIS_URL: redis.url, CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' });
    const api = t.api;
    const admin = await api.signInAdmin();
    const officer = await api.createStaff(admin.token, 'officer');
    const investors: SignedIn[] = await Promise.all([1, 2, 3].map(() => api.registerInvestor()));
    const now = await serverNow(api);
    const deadline = new Date(now.getTime() + LEAD_MS);
    const timeline = {
      enquiriesUntil: new Date(deadline.getTime() - 2 * SECOND).toISOString(),
      submissionDeadline: deadline.toISOString(),
    };
    const call = (method: string, path: string, token: string, body?: unknown) =>
      timedRequest(api.baseUrl, method, path, { token, body }, CLIENT_TIMEOUT_MS);
    const publish = async () => {
      const draft = aBatteryTender([officer.id], now, { timeline });
      const created = await call('POST', '/tenders', officer.token, draft);
      expect(created.status).toBe(201);
      const published = await call('POST', `/tenders/${created.body.id}/publish`, officer.token);
      expect({ status: published.status, code: published.code }).toEqual({ status: 200 });
      return created.body.id as string;
    };
    const bidOn = async (tenderId: string, investor: SignedIn) => {
      const res = await call('POST', `/tenders/${tenderId}/bids`, investor.token, aBid());
      expect({ status: res.status, code: res.code }).toEqual({ status: 201 });
    };

    // Its delayed job will be lost with Redis's memory: only the database remembers it.
    const before = await publish();
    await bidOn(before, investors[0]);
    await redis.stop();

    const notReady = await call('GET', '/health/ready', officer.token);
    expect({ status: notReady.status, code: notReady.code }).toEqual({
      status: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
    });
    const during = [await publish(), await publish()];
    await bidOn(during[0], investors[1]);
    await bidOn(during[1], investors[2]);
    await bidOn(before, investors[1]);
    const ids = [before, ...during];

    const statuses = async () =>
      (
        await t!.sql.query<{ status: string }>(
          'SELECT status FROM tenders WHERE id = ANY($1) ORDER BY id',
          [ids],
        )
      ).rows.map((r) => r.status);
    const setupDoneAt = await serverNow(api);
    expect(setupDoneAt.getTime()).toBeLessThan(deadline.getTime()); // else raise LEAD_MS
    await sleep(deadline.getTime() - setupDoneAt.getTime() + SECOND);
    console.log(
      `redis-down: past the deadline with Redis down, tenders are ${(await statuses()).join(', ')}`,
    );

    await redis.start();
    await waitFor(
      'every deadline to fire',
      statuses,
      (s) => s.every((x) => x === 'evaluation'),
      60000,
    );
    const { rows } = await t.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'tender.bids_opened' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(rows[0].n).toBe(ids.length);
    await waitFor(
      'readiness again',
      () => call('GET', '/health/ready', officer.token),
      (r) => r.status === 200,
      30000,
    );
    const verify = await api.get('/audit/verify', admin.token);
    expect(verify.body).toMatchObject({ valid: true, firstBrokenSeq: null });
  }, 150000);
});
