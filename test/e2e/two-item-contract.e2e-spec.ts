import type { SignedIn } from '../support/api-client';
import { aTwoItemBid, publishedTwoItemTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { validateReleasePackage as validate } from '../support/ocds-schema';

const DAY = 24 * 3600e3;

/** CONTRACT.md §1–2: a tender of two items runs from notice to an active contract. */
describe('a two-item tender from notice to an active contract', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let tenderId: string;
  let contract: any;
  let signedAt: Date;

  const advance = (ms: number) => t.api.post('/sandbox/clock', { advanceMs: ms }, admin.token);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    const tender = await publishedTwoItemTender(t.api, officer.token, [officer.id], {
      criteria: [
        { code: 'price', weight: 60 },
        { code: 'investment', weight: 40 },
      ],
    });
    tenderId = tender.id;
    const winner = await t.api.registerInvestor();
    const bid = await t.api.post(`/tenders/${tender.id}/bids`, aTwoItemBid(), winner.token);
    if (bid.status !== 201) throw new Error(`bid: ${bid.status} ${bid.text}`);
    const now = await serverNow(t.api);
    await advance(Date.parse(tender.timeline.submissionDeadline) - now.getTime() + 1000);
    const award = await t.api.post(`/tenders/${tender.id}/award`, {}, officer.token);
    if (award.status !== 200) throw new Error(`award: ${award.status} ${award.text}`);
    await advance(10 * DAY + 60e3); // past the stand-still: the worker opens the contract
    const [opened] = (await t.api.get(`/contracts?tenderId=${tender.id}`, officer.token)).body
      .items;
    const signed = await t.api.post(`/contracts/${opened.id}/sign`, {}, winner.token);
    if (signed.status !== 200) throw new Error(`sign: ${signed.status} ${signed.text}`);
    const countersigned = await t.api.post(
      `/contracts/${opened.id}/countersign`,
      {},
      officer.token,
    );
    if (countersigned.status !== 200) {
      throw new Error(`countersign: ${countersigned.status} ${countersigned.text}`);
    }
    contract = countersigned.body;
    signedAt = new Date(contract.signedAt);
  });
  afterAll(() => t.close());

  it('is active and holds both items at the winner’s unit prices', () => {
    expect(contract.status).toBe('active');
    expect(contract.items.map((i: any) => [i.code, i.unitPriceRub, i.valueRub])).toEqual([
      ['lfp-200', '1320000.00', '5148000000.00'], // 1,320,000 × 3,900
      ['nmc-90', '850000.00', '1785000000.00'], //   850,000 × 2,100
    ]);
    expect(contract.valueRub).toBe('6933000000.00');
  });

  it('has one stage per contract year with supply, valued by hand from the plan', () => {
    // lfp-200 [0,0,0,400,500,600×5] × 1,320,000 + nmc-90 [0,0,0,300×7] × 850,000
    const y4 = 400 * 1_320_000 + 300 * 850_000; // 783,000,000
    const y5 = 500 * 1_320_000 + 300 * 850_000; // 915,000,000
    const later = 600 * 1_320_000 + 300 * 850_000; // 1,047,000,000
    expect(contract.stages.map((s: any) => [s.year, s.valueRub])).toEqual([
      [4, `${y4}.00`],
      [5, `${y5}.00`],
      ...[6, 7, 8, 9, 10].map((year) => [year, `${later}.00`]),
    ]);
    // Year 4 starts three years after signing, on the Moscow date.
    const moscow = new Date(signedAt.getTime() + 3 * 3600e3);
    const start = `${moscow.getUTCFullYear() + 3}-${String(moscow.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(contract.stages[0].startsOn.slice(0, 7)).toBe(start);
  });

  it('keeps what the winning bid promised as the contract’s terms', () => {
    const offer = aTwoItemBid();
    expect(contract.promised).toEqual({
      investmentRub: offer.investmentRub,
      buildMonths: offer.buildMonths,
      localizationPct: offer.localizationPct,
    });
  });

  it('publishes the contract in supply: its items and each order as a delivery milestone', async () => {
    const order = await t.api.post(
      `/contracts/${contract.id}/orders`,
      { item: 'nmc-90', quantity: 120, deliverBy: contract.stages[0].startsOn },
      officer.token,
    );
    expect(order.status).toBe(201);
    const res = await t.api.get(`/tenders/${tenderId}/ocds`);
    expect(res.status).toBe(200);
    const valid = validate(res.body);
    if (!valid) throw new Error(JSON.stringify(validate.errors, null, 2));
    const [published] = res.body.releases.at(-1).contracts;
    expect(published.items.map((i: any) => [i.id, i.quantity, i.unit.value.amount])).toEqual([
      ['lfp-200', 3900, 1320000],
      ['nmc-90', 2100, 850000],
    ]);
    const deliveries = published.implementation.milestones.filter(
      (m: any) => m.type === 'delivery',
    );
    expect(deliveries).toEqual([
      expect.objectContaining({
        id: order.body.id,
        title: '120 × nmc-90, contract year 4',
        status: 'scheduled',
      }),
    ]);
  });
});
