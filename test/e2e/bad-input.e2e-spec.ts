import type { SignedIn } from '../support/api-client';
import { aBid, publishedTender } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

/** Every write route of the notice and bidding answers bad input with a coded 4xx, writing nothing. */
describe('bad input on the tender and bid write routes', () => {
  let t: TestApp;
  let officer: SignedIn;
  let investor: SignedIn;
  let tender: { id: string };
  let bid: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    investor = await t.api.registerInvestor();
    tender = await publishedTender(t.api, officer.token, [officer.id]);
    bid = (
      await t.api.post(`/tenders/${tender.id}/bids`, aBid(), (await t.api.registerInvestor()).token)
    ).body;
  });
  afterAll(() => t.close());

  async function rowCounts() {
    const { rows } = await t.sql.query(`
      SELECT (SELECT count(*) FROM bids) AS bids, (SELECT count(*) FROM bid_versions) AS versions,
             (SELECT count(*) FROM tender_amendments) AS amendments, (SELECT count(*) FROM enquiries) AS enquiries,
             (SELECT count(*) FROM audit_events) AS events`);
    return rows[0];
  }

  it.each([
    ['money as a JSON number', { unitPriceRub: 1320000 }],
    ['a zero unit price', { unitPriceRub: '0.00' }],
    ['negative months', { buildMonths: -3 }],
    ['a fractional percent', { localizationPct: 65.5 }],
    ['an unknown field', { discount: '10%' }],
    [
      'an unknown milestone code',
      { milestones: [{ code: 'party', title: 'x', dueMonth: 1, investmentRub: '0.00' }] },
    ],
    ['null content', { plant: null }],
    ['an oversized proposal', { technicalProposal: 'x'.repeat(100_001) }],
  ])('refuses a bid with %s', async (_name, change) => {
    const before = await rowCounts();
    const res = await t.api.post(`/tenders/${tender.id}/bids`, aBid(change), investor.token);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const replace = await t.api.request('PUT', `/tenders/${tender.id}/bids/${bid.id}`, {
      token: investor.token,
      body: aBid(change),
    });
    expect(replace.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a body over 1 MB with 413 and a non-uuid id with 400', async () => {
    const huge = await t.api.request('POST', `/tenders/${tender.id}/bids`, {
      token: investor.token,
      rawBody: JSON.stringify(aBid({ technicalProposal: 'x'.repeat(1_100_000) })),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    const badId = await t.api.post('/tenders/not-a-uuid/bids', aBid(), investor.token);
    expect(badId.status).toBe(400);
  });

  it.each([
    ['amendments', { reason: '', changes: {} }],
    ['amendments', { reason: 'x', changes: { maxUnitPriceRub: 1500000 } }],
    ['amendments', { reason: 'x', changes: { criteria: [{ code: 'price', weight: 50 }] } }],
    ['amendments', { reason: 'x', changes: {} }],
    // Null is no condition of a tender: once a 500, when the amended tender was saved.
    ['amendments', { reason: 'x', changes: { criteria: null } }],
    ['amendments', { reason: 'x', changes: { subject: null, items: null } }],
    ['amendments', { reason: 'x', changes: { maxUnitPriceRub: null, description: null } }],
    ['cancel', { reason: 'x', reasonType: 'boredom' }],
  ])('refuses a bad %s body', async (route, body) => {
    const before = await rowCounts();
    const res = await t.api.post(`/tenders/${tender.id}/${route}`, body, officer.token);
    expect(res.status).toBe(400);
    expect(['VALIDATION_FAILED', 'INVALID_CRITERIA']).toContain(res.body.code);
    expect(await rowCounts()).toEqual(before);
    expect((await t.api.get(`/tenders/${tender.id}`)).body.status).toBe('tendering');
  });

  it('refuses an empty or oversized question', async () => {
    const before = await rowCounts();
    for (const question of ['', 'q'.repeat(5001), 42]) {
      const res = await t.api.post(`/tenders/${tender.id}/enquiries`, { question }, investor.token);
      expect(res.status).toBe(400);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('honours Idempotency-Key on bid submission', async () => {
    const bidder = await t.api.registerInvestor();
    const first = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), bidder.token, {
      'idempotency-key': 'bid-once',
    });
    const again = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), bidder.token, {
      'idempotency-key': 'bid-once',
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await t.api.post(
      `/tenders/${tender.id}/bids`,
      aBid({ localizationPct: 70 }),
      bidder.token,
      {
        'idempotency-key': 'bid-once',
      },
    );
    expect(other.status).toBe(422);
  });
});
