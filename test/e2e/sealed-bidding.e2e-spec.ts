import { createHash, createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from '../../src/common/canonical-json/canonical-json';
import type { SignedIn } from '../support/api-client';
import { aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const HOUR = 3600 * 1000;

/** The Moscow battery tender, from notice to the deadline (issue: sealed bidding). */
describe('sealed bidding on the Moscow battery tender', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let tender: { id: string; timeline: { submissionDeadline: string } };
  /** Three investors with a live bid each on the shared tender (the first test's offers). */
  const investors: SignedIn[] = [];
  const bids: Record<string, any> = {};

  const offers = () => [
    aBid(),
    aBid({
      unitPriceRub: '1390000.00',
      buildMonths: 34,
      milestones: aBid().milestones.map((m: any) =>
        m.code === 'production_start' ? { ...m, dueMonth: 34 } : m,
      ),
    }),
    aBid({ unitPriceRub: '1280000.00', localizationPct: 55 }),
  ];

  /**
   * A published tender whose deadline is 4 days out, beyond the one clock move in this file
   * (the deadline test's, onto a tender of its own due in 2 days).
   */
  async function longTender() {
    const now = await serverNow(t.api);
    return publishedTender(t.api, officer.token, [officer.id], {
      timeline: {
        enquiriesUntil: new Date(now.getTime() + 24 * HOUR).toISOString(),
        submissionDeadline: new Date(now.getTime() + 96 * HOUR).toISOString(),
      },
    });
  }

  /** A new investor with a live bid on the shared tender. */
  async function bidder(offer = aBid()) {
    const investor = await t.api.registerInvestor();
    const res = await t.api.post(`/tenders/${tender.id}/bids`, offer, investor.token);
    expect(res.status).toBe(201);
    return { investor, bid: res.body };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    tender = await longTender();
    for (const [i, offer] of offers().entries()) {
      const { investor, bid } = await bidder(offer);
      investors.push(investor);
      bids[i] = bid;
    }
  });
  afterAll(() => t.close());

  async function verifyReceipt(bid: any): Promise<boolean> {
    const { publicKeyPem } = (await t.api.get('/receipts/public-key')).body;
    const message = `${bid.receipt.sha256}|${bid.id}|${bid.version}|${bid.receipt.submittedAt}`;
    return verify(
      null,
      Buffer.from(message),
      createPublicKey(publicKeyPem),
      Buffer.from(bid.receipt.signature, 'base64'),
    );
  }

  it('accepts three investors’ bids, each with a receipt that verifies against the published key', async () => {
    const own = await longTender();
    for (const offer of offers()) {
      const investor = await t.api.registerInvestor();
      const res = await t.api.post(`/tenders/${own.id}/bids`, offer, investor.token);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'submitted',
        version: 1,
        warnings: [],
        unitPriceRub: offer.unitPriceRub,
      });
      expect(res.body.receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
      await expect(verifyReceipt(res.body)).resolves.toBe(true);
    }
  });

  it('makes a changed byte fail receipt verification', async () => {
    const forged = {
      ...bids[0],
      receipt: { ...bids[0].receipt, submittedAt: '2020-01-01T00:00:00.000Z' },
    };
    await expect(verifyReceipt(forged)).resolves.toBe(false);
    const otherVersion = { ...bids[0], version: 2 };
    await expect(verifyReceipt(otherVersion)).resolves.toBe(false);
  });

  it('hashes the canonical JSON of the content as sent (RFC 8785)', () => {
    expect(bids[0].receipt.sha256).toBe(
      createHash('sha256').update(canonicalJson(aBid())).digest('hex'),
    );
  });

  it('refuses a second live bid from one organization (409 BID_EXISTS)', async () => {
    const res = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investors[0].token);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('BID_EXISTS');
  });

  it('replaces a bid: version 2 with a new receipt, the owner sees the new version', async () => {
    const { investor, bid } = await bidder();
    const res = await t.api.request('PUT', `/tenders/${tender.id}/bids/${bid.id}`, {
      token: investor.token,
      body: aBid({ unitPriceRub: '1300000.00' }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: bid.id, version: 2, unitPriceRub: '1300000.00' });
    expect(res.body.receipt.sha256).not.toBe(bid.receipt.sha256);
    await expect(verifyReceipt(res.body)).resolves.toBe(true);
    const own = await t.api.get(`/tenders/${tender.id}/bids/${bid.id}`, investor.token);
    expect(own.body).toMatchObject({ version: 2, sealed: true, receipt: res.body.receipt });
    expect(own.body.unitPriceRub).toBeUndefined(); // sealed: not even the server can read it
    // The answers name the organization as the guard read it; the bid's own page reads it.
    expect(own.body.organization).toMatchObject({ id: investor.organizationId });
    expect(own.body.organization.inn).toMatch(/^\d{10}$/);
    expect(bid.organization).toEqual(own.body.organization);
    expect(res.body.organization).toEqual(own.body.organization);
  });

  it('lets an investor withdraw and submit again', async () => {
    const { investor, bid } = await bidder(offers()[1]);
    const withdrawn = await t.api.post(
      `/tenders/${tender.id}/bids/${bid.id}/withdraw`,
      {},
      investor.token,
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await t.api.post(
      `/tenders/${tender.id}/bids`,
      aBid({ unitPriceRub: '1385000.00' }),
      investor.token,
    );
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(bid.id);
    const list = await t.api.get(`/tenders/${tender.id}/bids`, investor.token);
    expect(list.body.items.map((b: any) => b.status).sort()).toEqual(['submitted', 'withdrawn']);
  });

  it('accepts a bid below the investment minimum with an INVESTMENT_BELOW_MINIMUM warning', async () => {
    const low = aBid({
      investmentRub: '2500000000.00',
      milestones: aBid().milestones.map((m: any) =>
        m.code === 'production_start' ? { ...m, investmentRub: '1100000000.00' } : m,
      ),
    });
    const investor = await t.api.registerInvestor();
    const res = await t.api.post(`/tenders/${tender.id}/bids`, low, investor.token);
    expect(res.status).toBe(201);
    expect(res.body.warnings.map((w: any) => w.code)).toEqual(['INVESTMENT_BELOW_MINIMUM']);
  });

  it('shows another investor’s bid as nonexistent (404), and seals the list for officers (403 BIDS_SEALED)', async () => {
    const other = await t.api.get(`/tenders/${tender.id}/bids/${bids[2].id}`, investors[0].token);
    const missing = await t.api.get(
      `/tenders/${tender.id}/bids/00000000-0000-4000-8000-000000000000`,
      investors[0].token,
    );
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    const ownOnly = await t.api.get(`/tenders/${tender.id}/bids`, investors[0].token);
    expect(ownOnly.body.items.map((b: any) => b.id)).toEqual([bids[0].id]);
    const sealed = await t.api.get(`/tenders/${tender.id}/bids`, officer.token);
    expect(sealed.status).toBe(403);
    expect(sealed.body.code).toBe('BIDS_SEALED');
    const replaceOther = await t.api.request('PUT', `/tenders/${tender.id}/bids/${bids[2].id}`, {
      token: investors[0].token,
      body: aBid(),
    });
    expect(replaceOther.status).toBe(404);
  });

  it('refuses officers, auditors and anonymous callers as bidders', async () => {
    const auditor = await t.api.createStaff(admin.token, 'auditor');
    for (const token of [officer.token, auditor.token]) {
      expect((await t.api.post(`/tenders/${tender.id}/bids`, aBid(), token)).status).toBe(403);
    }
    expect((await t.api.post(`/tenders/${tender.id}/bids`, aBid())).status).toBe(401);
  });

  it('stands exactly on the deadline: 1 ms before succeeds, at the deadline everything is 409 SUBMISSION_CLOSED', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const late = await t.api.registerInvestor();
    const lateToo = await t.api.registerInvestor();
    const deadline = Date.parse(tender.timeline.submissionDeadline);
    const now = await serverNow(t.api);
    const frozen = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const gap = deadline - 1 - Date.parse(frozen.body.now);
    expect(gap).toBeGreaterThan(0);
    expect(now.getTime()).toBeLessThanOrEqual(Date.parse(frozen.body.now));
    await t.api.post('/sandbox/clock', { advanceMs: gap }, admin.token);
    expect((await t.api.get('/sandbox/clock')).body.now).toBe(new Date(deadline - 1).toISOString());

    const justInTime = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), late.token);
    expect(justInTime.status).toBe(201);
    const replaced = await t.api.request(
      'PUT',
      `/tenders/${tender.id}/bids/${justInTime.body.id}`,
      { token: late.token, body: aBid({ localizationPct: 70 }) },
    );
    expect(replaced.status).toBe(200);
    const spare = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), lateToo.token);
    const withdrawn = await t.api.post(
      `/tenders/${tender.id}/bids/${spare.body.id}/withdraw`,
      {},
      lateToo.token,
    );
    expect(withdrawn.status).toBe(200);

    await t.api.post('/sandbox/clock', { advanceMs: 1 }, admin.token);
    const attempts = [
      await t.api.post(`/tenders/${tender.id}/bids`, aBid(), lateToo.token),
      await t.api.request('PUT', `/tenders/${tender.id}/bids/${justInTime.body.id}`, {
        token: late.token,
        body: aBid(),
      }),
      await t.api.post(`/tenders/${tender.id}/bids/${justInTime.body.id}/withdraw`, {}, late.token),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SUBMISSION_CLOSED');
    }
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
  });
});
