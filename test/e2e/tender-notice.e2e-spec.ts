import type { SignedIn } from '../support/api-client';
import { aBatteryTender, aBid, publishedTender, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('tender notice: drafts, publication, amendments, cancellation', () => {
  let t: TestApp;
  let admin: SignedIn;
  let officer: SignedIn;
  let investor: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    officer = await t.api.createStaff(admin.token, 'officer');
    investor = await t.api.registerInvestor();
  });
  afterAll(() => t.close());

  const draft = async (overrides = {}) =>
    aBatteryTender([officer.id], await serverNow(t.api), overrides);

  it('creates a draft only officers see, edits it, then publishes it for everyone', async () => {
    const created = await t.api.post('/tenders', await draft(), officer.token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      maxUnitPriceRub: '1450000.00',
      offsetConditions: {
        minInvestmentRub: '3000000000.00',
        maxBuildMonths: 36,
        contractYears: 10,
      },
      timeline: { standstillDays: 10, signingDays: 5 },
    });
    const id = created.body.id;
    expect((await t.api.get(`/tenders/${id}`)).status).toBe(404);
    expect((await t.api.get(`/tenders/${id}`, investor.token)).status).toBe(404);
    expect((await t.api.get(`/tenders/${id}`, officer.token)).status).toBe(200);
    expect((await t.api.get('/tenders?status=draft')).body.items).toEqual([]);

    const edited = await t.api.request('PATCH', `/tenders/${id}`, {
      token: officer.token,
      body: {
        maxUnitPriceRub: '1500000.00',
        subject: { item: 'Traction battery pack', unit: 'pack', quantity: 15000 },
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      maxUnitPriceRub: '1500000.00',
      subject: { quantity: 15000 },
    });
    // Fields the edit did not name stay as they were.
    expect(edited.body.title).toBe(created.body.title);
    const reread = await t.api.get(`/tenders/${id}`, officer.token);
    expect(reread.body).toMatchObject({
      title: created.body.title,
      criteria: created.body.criteria,
    });

    const published = await t.api.post(`/tenders/${id}/publish`, {}, officer.token);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      status: 'tendering',
      rules: { enforced: false, minPriceWeight: 60 },
    });
    expect(published.body).not.toHaveProperty('bidsCount');
    const anonymous = await t.api.get(`/tenders/${id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).not.toHaveProperty('bidsCount');
    const listed = await t.api.get('/tenders?status=tendering&limit=200');
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(id);

    const late = await t.api.request('PATCH', `/tenders/${id}`, {
      token: officer.token,
      body: { title: 'x' },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TENDER_NOT_EDITABLE');
    expect((await t.api.post(`/tenders/${id}/publish`, {}, officer.token)).body.code).toBe(
      'INVALID_STATE',
    );
  });

  it.each([
    [
      'weights not summing to 100',
      [
        { code: 'price', weight: 60 },
        { code: 'investment', weight: 30 },
      ],
    ],
    ['no price', [{ code: 'investment', weight: 100 }]],
    [
      'an unknown code',
      [
        { code: 'price', weight: 60 },
        { code: 'beauty', weight: 40 },
      ],
    ],
    [
      'a fractional weight',
      [
        { code: 'price', weight: 60.5 },
        { code: 'investment', weight: 39.5 },
      ],
    ],
  ])(
    'refuses criteria with %s (400 INVALID_CRITERIA), writing nothing',
    async (_name, criteria) => {
      const before = await t.sql.query('SELECT count(*)::int AS n FROM tenders');
      const res = await t.api.post('/tenders', await draft({ criteria }), officer.token);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(
        String(_name) === 'a fractional weight' ? 'VALIDATION_FAILED' : 'INVALID_CRITERIA',
      );
      const after = await t.sql.query('SELECT count(*)::int AS n FROM tenders');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    },
  );

  it('lists criteria problems in English as before, each with its rule beside it', async () => {
    // In sandbox mode (as here) price has no minimum weight, but must be there.
    const criteria = [
      { code: 'investment', weight: 50 },
      { code: 'beauty', weight: 40 },
    ];
    const res = await t.api.post('/tenders', await draft({ criteria }), officer.token);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      code: 'INVALID_CRITERIA',
      message:
        'Invalid criteria: unknown criterion "beauty"; weights must sum to 100, not 90; the price criterion is mandatory',
      details: [
        'unknown criterion "beauty"',
        'weights must sum to 100, not 90',
        'the price criterion is mandatory',
      ],
      constraints: [
        { code: 'criterionUnknown', args: ['beauty'] },
        { code: 'weightsSumTo100', args: [90] },
        { code: 'priceCriterionRequired' },
      ],
    });
  });

  it('refuses a commission that is not made of active officers', async () => {
    const res = await t.api.post(
      '/tenders',
      await draft({ commission: [investor.id] }),
      officer.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('commission');
  });

  it('refuses to publish a timeline in the past or out of order (400 INVALID_TIMELINE)', async () => {
    const now = await serverNow(t.api);
    const backwards = await t.api.post(
      '/tenders',
      await draft({
        timeline: {
          enquiriesUntil: new Date(now.getTime() + 7200e3).toISOString(),
          submissionDeadline: new Date(now.getTime() + 3600e3).toISOString(),
        },
      }),
      officer.token,
    );
    const res = await t.api.post(`/tenders/${backwards.body.id}/publish`, {}, officer.token);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_TIMELINE');
    expect(res.body.details).toEqual(['enquiriesUntil must not be after submissionDeadline']);
    expect(res.body.constraints).toEqual([{ code: 'enquiriesUntilNotAfterDeadline' }]);
    expect((await t.api.get(`/tenders/${backwards.body.id}`, officer.token)).body.status).toBe(
      'draft',
    );
  });

  it.each([
    ['money as a JSON number', { maxUnitPriceRub: 1450000 }],
    ['three decimals', { maxUnitPriceRub: '1.005' }],
    [
      'negative months',
      {
        offsetConditions: {
          minInvestmentRub: '1.00',
          maxBuildMonths: -1,
          region: 'M',
          minLocalizationPct: 1,
          contractYears: 1,
        },
      },
    ],
    ['an unknown field', { secret: true }],
    [
      'a date without a zone',
      { timeline: { enquiriesUntil: '2027-01-01T00:00', submissionDeadline: '2027-01-02T00:00' } },
    ],
  ])('refuses %s (400 VALIDATION_FAILED)', async (_name, change) => {
    const res = await t.api.post('/tenders', await draft(change), officer.token);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('lets only officers create and publish', async () => {
    expect((await t.api.post('/tenders', await draft(), investor.token)).status).toBe(403);
    expect((await t.api.post('/tenders', await draft())).status).toBe(401);
  });

  it('refuses an amendment that moves the deadline into the past (400 INVALID_TIMELINE), each problem with its rule', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const past = new Date((await serverNow(t.api)).getTime() - 3600e3).toISOString();
    const res = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'Earlier deadline', changes: { submissionDeadline: past } },
      officer.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_TIMELINE');
    expect(res.body.details).toEqual([
      'submissionDeadline must be in the future',
      'enquiriesUntil must not be after submissionDeadline',
    ]);
    expect(res.body.constraints).toEqual([
      { code: 'submissionDeadlineInFuture' },
      { code: 'enquiriesUntilNotAfterDeadline' },
    ]);
  });

  it('amends: a clarification keeps bids; a condition change invalidates them and moves the deadline to 10 days away', async () => {
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const bid = (await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token)).body;

    const clarification = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      { reason: 'Typo', changes: { description: 'Corrected description' } },
      officer.token,
    );
    expect(clarification.status).toBe(201);
    expect(clarification.body).toMatchObject({ number: 1, conditionChange: false });
    expect(
      (await t.api.get(`/tenders/${tender.id}/bids/${bid.id}`, investor.token)).body.status,
    ).toBe('submitted');

    const now = await serverNow(t.api);
    const change = await t.api.post(
      `/tenders/${tender.id}/amendments`,
      {
        reason: 'More packs needed',
        changes: { subject: { item: 'Traction battery pack', unit: 'pack', quantity: 15000 } },
      },
      officer.token,
    );
    expect(change.status).toBe(201);
    expect(change.body).toMatchObject({ number: 2, conditionChange: true });
    const moved = Date.parse(change.body.submissionDeadline);
    expect(moved - now.getTime()).toBeGreaterThanOrEqual(10 * 24 * 3600e3);
    expect(moved - now.getTime()).toBeLessThan(10 * 24 * 3600e3 + 60e3);

    const invalidated = await t.api.get(`/tenders/${tender.id}/bids/${bid.id}`, investor.token);
    expect(invalidated.body.status).toBe('invalidated');
    const shown = await t.api.get(`/tenders/${tender.id}`);
    expect(shown.body.timeline.submissionDeadline).toBe(change.body.submissionDeadline);
    expect(shown.body.amendments.map((a: { number: number }) => a.number)).toEqual([1, 2]);
    expect(shown.body.subject.quantity).toBe(15000);

    const confirmed = await t.api.post(
      `/tenders/${tender.id}/bids/${bid.id}/confirm`,
      {},
      investor.token,
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('submitted');
    expect(confirmed.body.receipt.signature).not.toBe(bid.receipt.signature);
    expect(
      (await t.api.post(`/tenders/${tender.id}/bids/${bid.id}/confirm`, {}, investor.token)).body
        .code,
    ).toBe('INVALID_STATE');
  });

  it('cancels before the deadline freely, after it only for force majeure', async () => {
    const early = await publishedTender(t.api, officer.token, [officer.id]);
    const cancelled = await t.api.post(
      `/tenders/${early.id}/cancel`,
      { reason: 'Need gone' },
      officer.token,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Need gone', reasonType: null },
    });
    expect(
      (await t.api.post(`/tenders/${early.id}/cancel`, { reason: 'again' }, officer.token)).body
        .code,
    ).toBe('INVALID_STATE');

    const late = await publishedTender(t.api, officer.token, [officer.id]);
    const bidder = await t.api.registerInvestor();
    expect((await t.api.post(`/tenders/${late.id}/bids`, aBid(), bidder.token)).status).toBe(201);
    await t.api.post('/sandbox/clock', { advanceMs: 49 * 3600e3 }, admin.token);
    expect((await t.api.get(`/tenders/${late.id}`)).body.status).toBe('evaluation');
    const refused = await t.api.post(
      `/tenders/${late.id}/cancel`,
      { reason: 'Changed our mind' },
      officer.token,
    );
    expect(refused.status).toBe(409);
    const forceMajeure = await t.api.post(
      `/tenders/${late.id}/cancel`,
      { reason: 'Flood at the site', reasonType: 'force_majeure' },
      officer.token,
    );
    expect(forceMajeure.status).toBe(200);
  });
});
