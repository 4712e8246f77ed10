import { createHash, createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from '../../src/common/canonical-json/canonical-json';
import type { SignedIn } from '../support/api-client';
import {
  aBatteryTender,
  aTwoItemBid,
  aTwoItemTender,
  publishedTwoItemTender,
  serverNow,
  TWO_BATTERY_ITEMS,
} from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';
import { validateReleasePackage as validate } from '../support/ocds-schema';

/** Price 60, investment 40: no expert criterion, so the award needs no commission scoring. */
const PRICE_AND_INVESTMENT = [
  { code: 'price', weight: 60 },
  { code: 'investment', weight: 40 },
];

/** CONTRACT.md §1: a tender of two battery types, from notice to the award. */
describe('product lines: a tender of two items and the bids that price them', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let auditor: SignedIn;
  const advanceTo = async (iso: string) => {
    const now = await serverNow(t.api);
    await t.api.post(
      '/sandbox/clock',
      { advanceMs: Date.parse(iso) - now.getTime() + 1000 },
      admin.token,
    );
  };
  const codes = (res: { body: { warnings?: { code: string }[] } }) =>
    (res.body.warnings ?? []).map((w) => w.code);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
  });
  afterAll(() => t.close());

  it('refuses a plan that delivers before the plant is built: 400 INVALID_SUPPLY_PLAN', async () => {
    const early = [
      { ...TWO_BATTERY_ITEMS[0], quantityByYear: [0, 0, 50, 400, 500, 600, 600, 600, 600, 600] },
      TWO_BATTERY_ITEMS[1],
    ];
    const res = await t.api.post(
      '/tenders',
      aTwoItemTender([officer.id], await serverNow(t.api), { items: early }),
      officer.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_SUPPLY_PLAN');
    expect(res.body.details).toEqual([
      'lfp-200: year 3 starts before the plant is built (36 months)',
    ]);
    expect(res.body.constraints).toEqual([
      { code: 'itemSupplyBeforeBuild', args: ['lfp-200', 3, 36] },
    ]);
    const short = await t.api.post(
      '/tenders',
      aTwoItemTender([officer.id], await serverNow(t.api), {
        items: [{ ...TWO_BATTERY_ITEMS[1], quantityByYear: [0, 0, 0, 300] }],
      }),
      officer.token,
    );
    expect([short.status, short.body.code]).toEqual([400, 'INVALID_SUPPLY_PLAN']);
    expect(short.body.details).toEqual(['nmc-90: quantityByYear has 4 years, not 10']);
    expect(short.body.constraints).toEqual([{ code: 'itemPlanYears', args: ['nmc-90', 4, 10] }]);
  });

  it('refuses a body with both forms, or a bad item code, as a shape error', async () => {
    const now = await serverNow(t.api);
    const both = await t.api.post(
      '/tenders',
      aTwoItemTender([officer.id], now, { maxUnitPriceRub: '1450000.00' }),
      officer.token,
    );
    expect([both.status, both.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badCode = await t.api.post(
      '/tenders',
      aTwoItemTender([officer.id], now, {
        items: [{ ...TWO_BATTERY_ITEMS[0], code: 'LFP 200' }],
      }),
      officer.token,
    );
    expect([badCode.status, badCode.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('answers items always, and subject and ceiling only for one item', async () => {
    const now = await serverNow(t.api);
    const two = await t.api.post('/tenders', aTwoItemTender([officer.id], now), officer.token);
    expect(two.status).toBe(201);
    expect(two.body).toMatchObject({
      items: TWO_BATTERY_ITEMS,
      subject: null,
      maxUnitPriceRub: null,
    });
    expect(two.body.offsetConditions.maxContractSharePct).toBe(30);

    const one = await t.api.post(
      '/tenders',
      aTwoItemTender([officer.id], now, { items: [TWO_BATTERY_ITEMS[1]] }),
      officer.token,
    );
    expect(one.body).toMatchObject({
      subject: { item: 'NMC pack for Moskvich cars, 90 kWh', unit: 'pack', quantity: 2100 },
      maxUnitPriceRub: '900000.00',
    });

    const oneLine = await t.api.post('/tenders', aBatteryTender([officer.id], now), officer.token);
    expect(oneLine.body.items).toEqual([
      {
        code: 'main',
        name: 'Traction battery pack',
        unit: 'pack',
        maxUnitPriceRub: '1450000.00',
        quantityByYear: [0, 0, 0, 1716, 1714, 1714, 1714, 1714, 1714, 1714],
      },
    ]);
    expect(oneLine.body.offsetConditions.maxContractSharePct).toBeNull();

    // A draft turns from one line into items by an edit.
    const edited = await t.api.request('PATCH', `/tenders/${oneLine.body.id}`, {
      token: officer.token,
      body: { items: TWO_BATTERY_ITEMS },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ items: TWO_BATTERY_ITEMS, subject: null });
  });

  describe('from notice to award', () => {
    let tender: { id: string; timeline: { submissionDeadline: string } };
    const investors: SignedIn[] = [];
    const bids: Record<'a' | 'b' | 'c', any> = { a: null, b: null, c: null };
    const submitted: Record<'a' | 'b' | 'c', { status: number; body: any }> = {
      a: { status: 0, body: null },
      b: { status: 0, body: null },
      c: { status: 0, body: null },
    };
    // Largest yearly lfp-200 quantity 600: within 30 % of output needs 600 / 0.30 = 2000 a year.
    const offers = {
      a: aTwoItemBid(),
      b: aTwoItemBid({
        plant: {
          address: 'Moscow, Zelenograd',
          capacityByItem: { 'lfp-200': 1999, 'nmc-90': 1000 },
        },
      }),
      c: aTwoItemBid({
        prices: [
          { item: 'nmc-90', unitPriceRub: '900000.00' },
          { item: 'lfp-200', unitPriceRub: '1300000.00' },
        ],
      }),
    };

    beforeAll(async () => {
      tender = await publishedTwoItemTender(t.api, officer.token, [officer.id], {
        criteria: PRICE_AND_INVESTMENT,
      });
      for (let i = 0; i < 3; i++) investors.push(await t.api.registerInvestor());
      // The three bids are filed before any test runs: every test of the story may run first.
      for (const [i, key] of (['a', 'b', 'c'] as const).entries()) {
        const res = await t.api.post(`/tenders/${tender.id}/bids`, offers[key], investors[i].token);
        submitted[key] = { status: res.status, body: res.body };
        bids[key] = res.body;
      }
    });

    /** A tender of its own, still open: for the tests that file bids of their own. */
    const openTender = async () =>
      (await publishedTwoItemTender(t.api, officer.token, [officer.id], {
        criteria: PRICE_AND_INVESTMENT,
      })) as { id: string };

    it('refuses a bid that misses an item or prices an unknown one, naming the field', async () => {
      const own = await openTender();
      const bidder = await t.api.registerInvestor();
      const url = `/tenders/${own.id}/bids`;
      const missing = await t.api.post(
        url,
        aTwoItemBid({ prices: [{ item: 'lfp-200', unitPriceRub: '1.00' }] }),
        bidder.token,
      );
      expect([missing.status, missing.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(missing.body.details).toEqual([
        {
          field: 'prices',
          errors: ['no price for "nmc-90"'],
          constraints: [{ code: 'itemsUnpriced', args: [['nmc-90']] }],
        },
      ]);
      const unknown = await t.api.post(
        url,
        aTwoItemBid({
          prices: [...aTwoItemBid().prices, { item: 'lto-40', unitPriceRub: '1.00' }],
        }),
        bidder.token,
      );
      expect(unknown.body.details).toEqual([
        {
          field: 'prices.2.item',
          errors: ['the tender has no item "lto-40"'],
          constraints: [{ code: 'unknownItem', args: ['lto-40'] }],
        },
      ]);
      const oneLine = await t.api.post(
        url,
        { ...aTwoItemBid({ prices: undefined }), unitPriceRub: '1320000.00' },
        bidder.token,
      );
      expect(oneLine.body.details.map((d: { field: string }) => d.field)).toEqual(['prices']);
      const noCapacity = await t.api.post(
        url,
        aTwoItemBid({ plant: { address: 'Moscow', capacityByItem: { 'lfp-200': 2000 } } }),
        bidder.token,
      );
      expect(noCapacity.body.details).toEqual([
        {
          field: 'plant.capacityByItem',
          errors: ['no capacity for "nmc-90"'],
          constraints: [{ code: 'itemsWithoutCapacity', args: [['nmc-90']] }],
        },
      ]);
      // None of them was sealed: the organization may still bid.
      const listed = await t.api.get(`/tenders/${own.id}/bids`, bidder.token);
      expect(listed.body.total).toBe(0);
    });

    it('seals the prices per item and signs a receipt over the content as sent', async () => {
      const { publicKeyPem } = (await t.api.get('/receipts/public-key')).body;
      for (const key of ['a', 'b', 'c'] as const) {
        const res = submitted[key];
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ prices: offers[key].prices, plant: offers[key].plant });
        expect(res.body.receipt.sha256).toBe(
          createHash('sha256').update(canonicalJson(offers[key])).digest('hex'),
        );
        const message = `${res.body.receipt.sha256}|${res.body.id}|${res.body.version}|${res.body.receipt.submittedAt}`;
        expect(
          verify(
            null,
            Buffer.from(message),
            createPublicKey(publicKeyPem),
            Buffer.from(res.body.receipt.signature, 'base64'),
          ),
        ).toBe(true);
      }
      expect(codes({ body: bids.a })).toEqual([]);
      expect(codes({ body: bids.c })).toEqual([]);
      expect(bids.b.warnings).toEqual([
        { code: 'CAPACITY_BELOW_OUTPUT_SHARE', message: expect.stringContaining('lfp-200') },
      ]);
      // Sealed: a DBA finds neither a per-item price nor a capacity in the clear.
      const { rows } = await t.sql.query('SELECT * FROM bid_versions WHERE bid_id = $1', [
        bids.c.id,
      ]);
      expect(JSON.stringify(rows)).not.toContain('1300000');
    });

    it('warns of a price above one item’s ceiling, naming that item', async () => {
      const own = await openTender();
      const res = await t.api.post(
        `/tenders/${own.id}/bids`,
        aTwoItemBid({
          prices: [
            { item: 'lfp-200', unitPriceRub: '1320000.00' },
            { item: 'nmc-90', unitPriceRub: '900000.01' },
          ],
        }),
        (await t.api.registerInvestor()).token,
      );
      expect(res.status).toBe(201);
      expect(res.body.warnings).toEqual([
        {
          code: 'PRICE_ABOVE_CEILING',
          message: 'item nmc-90: unit price 900000.01 is above its ceiling of 900000.00',
        },
      ]);
    });

    describe('after the deadline', () => {
      let statusAtOpening: string;
      beforeAll(async () => {
        await advanceTo(tender.timeline.submissionDeadline);
        // Read before the award test (which may run first) moves it on to standstill.
        statusAtOpening = (await t.api.get(`/tenders/${tender.id}`)).body.status;
      });

      it('rejects the short plant CAPACITY_BELOW_OUTPUT_SHARE at opening and scores the bid price', async () => {
        expect(statusAtOpening).toBe('evaluation');
        const protocol = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
        expect(protocol.status).toBe(200);
        const row = (id: string) =>
          protocol.body.bids.find((b: { bidId: string }) => b.bidId === id);
        expect(row(bids.b.id)).toMatchObject({
          admitted: false,
          rejectionReasons: [
            { code: 'CAPACITY_BELOW_OUTPUT_SHARE', message: expect.stringContaining('lfp-200') },
          ],
        });
        // lfp-200: 3900 packs over the plan, nmc-90: 2100.
        // A: 1320000 × 3900 + 850000 × 2100 = 5148000000 + 1785000000 = 6933000000
        // C: 1300000 × 3900 + 900000 × 2100 = 5070000000 + 1890000000 = 6960000000
        // C is cheaper per LFP pack, yet A is the lower bid price: A 100, C 6933 / 6960 = 99.61.
        expect(row(bids.a.id)).toMatchObject({
          admitted: true,
          values: { price: '6933000000.00', bidPriceRub: '6933000000.00' },
          scores: { price: 100, investment: 100, total: 100 },
        });
        expect(row(bids.c.id)).toMatchObject({
          admitted: true,
          values: { bidPriceRub: '6960000000.00' },
          scores: { price: 99.61, investment: 100, total: 99.77 }, // 59.766 + 40 → 99.77
        });
        const opened = await t.api.get(`/tenders/${tender.id}/bids/${bids.c.id}`, auditor.token);
        expect(opened.body).toMatchObject({ prices: offers.c.prices, plant: offers.c.plant });
      });

      it('publishes the items with quantities and unit ceilings, and bid prices after the award', async () => {
        const award = await t.api.post(`/tenders/${tender.id}/award`, {}, officer.token);
        expect(award.status).toBe(200);
        const res = await t.api.get(`/tenders/${tender.id}/ocds`);
        expect(res.status).toBe(200);
        const valid = validate(res.body);
        if (!valid) throw new Error(JSON.stringify(validate.errors, null, 2));
        const release = res.body.releases.at(-1);
        expect(release.tender.items).toEqual([
          {
            id: 'lfp-200',
            description: 'LFP traction pack, 200 kWh',
            quantity: 3900,
            unit: { name: 'pack', value: { amount: 1450000, currency: 'RUB' } },
          },
          {
            id: 'nmc-90',
            description: 'NMC pack for Moskvich cars, 90 kWh',
            quantity: 2100,
            unit: { name: 'pack', value: { amount: 900000, currency: 'RUB' } },
          },
        ]);
        // 1450000 × 3900 + 900000 × 2100 = 5655000000 + 1890000000
        expect(release.tender.value).toEqual({ amount: 7545000000, currency: 'RUB' });
        const value = (id: string) =>
          release.bids.details.find((d: { id: string }) => d.id === id).value.amount;
        expect(value(bids.a.id)).toBe(6933000000);
        expect(value(bids.c.id)).toBe(6960000000);
      });
    });
  });

  it('describes every new field in the OpenAPI document with a schema and an example', async () => {
    const doc = (await t.api.get('/docs-json')).body;
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, any> }>;
    const field = (schema: string, name: string) => schemas[schema]?.properties?.[name];
    const withExample = [
      ['SupplyItemInput', 'code'],
      ['SupplyItemInput', 'maxUnitPriceRub'],
      ['SupplyItemInput', 'quantityByYear'],
      ['OffsetConditionsInput', 'maxContractSharePct'],
      ['ItemPriceInput', 'item'],
      ['ItemPriceInput', 'unitPriceRub'],
      ['PlantInput', 'capacityByItem'],
      ['BidContentDto', 'prices'],
      ['ProtocolValues', 'bidPriceRub'],
    ];
    for (const [schema, name] of withExample) {
      expect({ schema, name, example: field(schema, name)?.example !== undefined }).toEqual({
        schema,
        name,
        example: true,
      });
    }
    for (const schema of ['CreateTenderDto', 'AmendmentChangesInput', 'TenderResponse']) {
      expect(field(schema, 'items')?.items?.$ref).toBe('#/components/schemas/SupplyItemInput');
    }
  });

  it('treats an amendment of the items as a condition change: submitted bids are invalidated', async () => {
    const tender = await publishedTwoItemTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    const bid = await t.api.post(`/tenders/${tender.id}/bids`, aTwoItemBid(), investor.token);
    expect(bid.status).toBe(201);

    const early = [
      TWO_BATTERY_ITEMS[0],
      { ...TWO_BATTERY_ITEMS[1], quantityByYear: [10, 0, 0, 300, 300, 300, 300, 300, 300, 300] },
    ];
    const refused = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'More NMC packs', changes: { items: early } },
      officer.token,
    );
    expect([refused.status, refused.body.code]).toEqual([400, 'INVALID_SUPPLY_PLAN']);

    const more = [
      TWO_BATTERY_ITEMS[0],
      { ...TWO_BATTERY_ITEMS[1], quantityByYear: [0, 0, 0, 300, 400, 400, 400, 400, 400, 400] },
    ];
    const amended = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'More NMC packs', changes: { items: more } },
      officer.token,
    );
    expect(amended.status).toBe(201);
    expect(amended.body).toMatchObject({ number: 1, conditionChange: true });
    const own = await t.api.get(`/tenders/${tender.id}/bids/${bid.body.id}`, investor.token);
    expect(own.body.status).toBe('invalidated');
    expect((await t.api.get(`/tenders/${tender.id}`)).body.items).toEqual(more);

    // A single ceiling means nothing for two items: a shape error, not an amendment.
    const ceiling = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'Cheaper', changes: { maxUnitPriceRub: '1000000.00' } },
      officer.token,
    );
    expect([ceiling.status, ceiling.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const replaced = await t.api.request('PUT', `/tenders/${tender.id}/bids/${bid.body.id}`, {
      token: investor.token,
      body: aTwoItemBid(),
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ status: 'submitted', version: 2 });
  });

  it('rejects a bid confirmed as it stood after an item was added, and never scores it by a guess', async () => {
    const tender = await publishedTwoItemTender(t.api, officer.token, [officer.id], {
      criteria: PRICE_AND_INVESTMENT,
    });
    const investor = await t.api.registerInvestor();
    const bid = await t.api.post(`/tenders/${tender.id}/bids`, aTwoItemBid(), investor.token);
    const lto = {
      ...TWO_BATTERY_ITEMS[1],
      code: 'lto-40',
      name: 'LTO pack for e-scooters',
    };
    const amended = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'Scooter packs too', changes: { items: [...TWO_BATTERY_ITEMS, lto] } },
      officer.token,
    );
    expect(amended.status).toBe(201);
    const confirmed = await t.api.post(
      `/tenders/${tender.id}/bids/${bid.body.id}/confirm`,
      {},
      investor.token,
    );
    expect(confirmed.body.status).toBe('submitted');
    await advanceTo(amended.body.submissionDeadline);
    const before = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
    expect(before.body.bids[0]).toMatchObject({
      admitted: false,
      rejectionReasons: [
        { code: 'PRICE_ABOVE_CEILING', message: 'item lto-40 has no unit price' },
        { code: 'CAPACITY_BELOW_OUTPUT_SHARE', message: expect.stringContaining('lto-40') },
      ],
      values: { bidPriceRub: null },
    });
    const readmitted = await t.api.post(
      `/tenders/${tender.id}/evaluation/admission/${bid.body.id}`,
      { admitted: true, reason: 'Re-admitted by the commission' },
      officer.token,
    );
    expect(readmitted.status).toBeLessThan(300);
    const after = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
    expect(after.status).toBe(200);
    expect(after.body.bids[0]).toMatchObject({ admitted: true, scores: null, rank: null });
  });
});
