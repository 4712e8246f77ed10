import Redis from 'ioredis';
import type { SignedIn } from '../support/api-client';
import { aBatteryTender, aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-database';

const SECOND = 1000;

async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await probe();
  }
  return value;
}

describe('the chronograph: deadlines run themselves', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' });
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
  });
  afterAll(() => t.close());

  /** A tender whose deadline is `inMs` of real time away (the sandbox clock runs). */
  async function tenderDueIn(inMs: number) {
    const now = await serverNow(t.api);
    return publishedTender(t.api, officer.token, [officer.id], {
      timeline: {
        enquiriesUntil: new Date(now.getTime() + inMs / 2).toISOString(),
        submissionDeadline: new Date(now.getTime() + inMs).toISOString(),
      },
    });
  }

  const statusOf = async (id: string) => (await t.api.get(`/tenders/${id}`)).body.status as string;

  it('opens the bids at a deadline 2 s ahead, in real time, without anyone moving the clock', async () => {
    const tender = await tenderDueIn(2 * SECOND);
    const investor = await t.api.registerInvestor();
    expect((await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token)).status).toBe(
      201,
    );
    const schedule = await t.api.get(`/tenders/${tender.id}/schedule`);
    expect(schedule.body).toMatchObject({
      status: 'tendering',
      next: { event: 'submission_deadline', at: tender.timeline.submissionDeadline },
      blockedBy: [],
    });
    // The next check may be an earlier reminder, never later than the deadline.
    expect(Date.parse(schedule.body.nextCheckAt)).toBeLessThanOrEqual(
      Date.parse(tender.timeline.submissionDeadline),
    );
    const deadline = Date.parse(tender.timeline.submissionDeadline);
    await waitFor(
      'evaluation',
      () => statusOf(tender.id),
      (s) => s === 'evaluation',
      15000,
    );
    // Generous bound: the precise figure belongs to the benchmark.
    expect((await serverNow(t.api)).getTime() - deadline).toBeLessThan(5 * SECOND);
    const shown = await t.api.get(`/tenders/${tender.id}`);
    expect(shown.body.bidsCount).toBe(1);
    expect((await t.api.get(`/tenders/${tender.id}/schedule`)).body).toMatchObject({
      next: null,
      nextCheckAt: null,
    });
  });

  it('still opens a tender after Redis lost every job (the database sweep)', async () => {
    const tender = await tenderDueIn(3 * SECOND);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const keys = await redis.keys(`${t.env.QUEUE_PREFIX}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    await waitFor(
      'unsuccessful',
      () => statusOf(tender.id),
      (s) => s === 'unsuccessful',
      20000,
    );
  });

  it('makes a tender without bids unsuccessful and never opens an invalidated, unconfirmed bid', async () => {
    const empty = await publishedTender(t.api, officer.token, [officer.id]);
    const mixed = await publishedTender(t.api, officer.token, [officer.id]);
    const [confirming, idle] = [await t.api.registerInvestor(), await t.api.registerInvestor()];
    const kept = (await t.api.post(`/tenders/${mixed.id}/bids`, aBid(), confirming.token)).body;
    const dropped = (await t.api.post(`/tenders/${mixed.id}/bids`, aBid(), idle.token)).body;
    const amended = await t.api.post(
      `/tenders/${mixed.id}/amendments`,
      { reason: 'Ceiling raised', changes: { maxUnitPriceRub: '1500000.00' } },
      officer.token,
    );
    expect(amended.status).toBe(201);
    expect(
      (await t.api.post(`/tenders/${mixed.id}/bids/${kept.id}/confirm`, {}, confirming.token))
        .status,
    ).toBe(200);

    const now = await serverNow(t.api);
    const latest = Math.max(
      Date.parse(amended.body.submissionDeadline),
      Date.parse(empty.timeline.submissionDeadline),
    );
    await t.api.post('/sandbox/clock', { advanceMs: latest - now.getTime() + SECOND }, admin.token);

    expect(await statusOf(empty.id)).toBe('unsuccessful');
    expect((await t.api.get(`/tenders/${empty.id}`)).body.bidsCount).toBe(0);
    const opened = await t.api.get(`/tenders/${mixed.id}`);
    expect(opened.body).toMatchObject({ status: 'evaluation', bidsCount: 1 });
    const visible = await t.api.get(`/tenders/${mixed.id}/bids`, officer.token);
    expect(visible.body.items.map((b: { id: string }) => b.id)).toEqual([kept.id]);
    expect((await t.api.get(`/tenders/${mixed.id}/bids/${dropped.id}`, officer.token)).status).toBe(
      404,
    );
    const { rows } = await t.sql.query('SELECT opened_content FROM bids WHERE id = $1', [
      dropped.id,
    ]);
    expect(rows[0].opened_content).toBeNull();
  });

  it('records one audit event per transition and exposes lateness on /metrics', async () => {
    // Four deadlines of its own passed (two with a bid, two without), whatever ran before.
    const tenders = [];
    for (let i = 0; i < 4; i++) {
      const tender = await publishedTender(t.api, officer.token, [officer.id]);
      if (i % 2 === 0) {
        const investor = await t.api.registerInvestor();
        expect(
          (await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token)).status,
        ).toBe(201);
      }
      tenders.push(tender);
    }
    const latest = Math.max(...tenders.map((x) => Date.parse(x.timeline.submissionDeadline)));
    const now = await serverNow(t.api);
    await t.api.post('/sandbox/clock', { advanceMs: latest - now.getTime() + SECOND }, admin.token);
    const events = await t.api.get('/audit/events?entityType=tender&limit=200', auditor.token);
    const closings = events.body.items.filter((e: { action: string }) =>
      ['tender.bids_opened', 'tender.closed_without_bids'].includes(e.action),
    );
    const perTender = new Map<string, number>();
    for (const e of closings) perTender.set(e.entityId, (perTender.get(e.entityId) ?? 0) + 1);
    expect([...perTender.values()].every((n) => n === 1)).toBe(true);
    expect(perTender.size).toBeGreaterThanOrEqual(4);
    const metrics = (await t.api.scrapeMetrics()).text;
    expect(metrics).toMatch(/chronograph_deadline_lateness_seconds_bucket\{le="[^"]+"\} \d+/);
    expect(metrics).toMatch(/chronograph_transitions_total\{kind="bids_opened"\} [1-9]/);
    expect(metrics).toMatch(/queue_depth\{queue="chronograph"\} \d+/);
    expect((await t.api.get('/audit/verify', auditor.token)).body.valid).toBe(true);
  });

  it('shows a draft schedule only to officers', async () => {
    const created = await t.api.post(
      '/tenders',
      aBatteryTender([officer.id], await serverNow(t.api)),
      officer.token,
    );
    expect((await t.api.get(`/tenders/${created.body.id}/schedule`)).status).toBe(404);
    expect(
      (await t.api.get(`/tenders/${created.body.id}/schedule`, officer.token)).body,
    ).toMatchObject({
      status: 'draft',
      next: null,
    });
  });
});
