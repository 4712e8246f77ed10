import type { SignedIn } from '../support/api-client';
import {
  aBid,
  anOffer,
  fileOffers,
  passSubmissionDeadline,
  publishedTender,
} from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

describe('evaluation of the four-bid battery tender (pp2604)', () => {
  let t: TestApp;
  let admin: SignedIn;
  let members: SignedIn[];
  let outsider: SignedIn;
  let auditor: SignedIn;
  /** Read by the tests that change nothing; a test that declares, scores or awards makes its own. */
  let shared: FourBidTender;

  type Key = 'A' | 'B' | 'C' | 'D';
  interface FourBidTender {
    tender: { id: string; timeline: { submissionDeadline: string } };
    bidders: SignedIn[];
    bid: Record<Key, string>;
  }

  /** A tender of the three members with bids A–D, opened: the clock is moved past its deadline. */
  async function fourBidTender(): Promise<FourBidTender> {
    const tender = await publishedTender(
      t.api,
      members[0].token,
      members.map((m) => m.id),
    );
    const offers = {
      A: anOffer('1320000.00', 3400, 30, 65),
      B: anOffer('1390000.00', 3200, 34, 60),
      C: anOffer('1280000.00', 3100, 28, 55),
      D: anOffer('1250000.00', 2900, 36, 50), // investment below 3 bn RUB
    };
    const { bid, bidders } = await fileOffers(t.api, tender.id, offers);
    await passSubmissionDeadline(t.api, admin.token, tender);
    return { tender, bidders, bid };
  }

  /** Members 1 and 2 declare no conflict; member 3 declares one. */
  async function declare(tenderId: string) {
    for (const [i, conflict] of [false, false, true].entries()) {
      const res = await t.api.post(
        `/tenders/${tenderId}/evaluation/declarations`,
        { conflictOfInterest: conflict },
        members[i].token,
      );
      expect(res.status).toBe(201);
    }
  }

  /** Declared, then scored partly: member 1 scores A, B and C, member 2 only A. */
  async function partlyScored(): Promise<FourBidTender> {
    const prepared = await fourBidTender();
    await declare(prepared.tender.id);
    const { tender, bid } = prepared;
    for (const [member, bidId, technology] of [
      [members[0], bid.A, 78],
      [members[0], bid.B, 70],
      [members[0], bid.C, 88],
      [members[1], bid.A, 82],
    ] as const) {
      expect((await score(tender.id, member, bidId, technology)).status).toBe(204);
    }
    return prepared;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    members = [
      await t.api.createStaff(admin.token, 'officer'),
      await t.api.createStaff(admin.token, 'officer'),
      await t.api.createStaff(admin.token, 'officer'),
    ];
    outsider = await t.api.createStaff(admin.token, 'officer');
    auditor = await t.api.createStaff(admin.token, 'auditor');
    shared = await fourBidTender();
  });
  afterAll(() => t.close());

  const protocol = (tenderId: string, token: string) =>
    t.api.get(`/tenders/${tenderId}/evaluation`, token);
  const score = (tenderId: string, member: SignedIn, bidId: string, technology: number) =>
    t.api.request('PUT', `/tenders/${tenderId}/evaluation/expert-scores/${bidId}`, {
      token: member.token,
      body: { scores: { technology } },
    });

  it('opens the bids and rejects the one below 3 bn RUB at admission', async () => {
    const { tender, bid } = shared;
    expect((await t.api.get(`/tenders/${tender.id}`)).body).toMatchObject({
      status: 'evaluation',
      bidsCount: 4,
    });
    const res = await protocol(tender.id, auditor.token);
    expect(res.status).toBe(200);
    const d = res.body.bids.find((b: { bidId: string }) => b.bidId === bid.D);
    expect(d).toMatchObject({ admitted: false, scores: null, rank: null });
    expect(d.rejectionReasons.map((r: { code: string }) => r.code)).toEqual([
      'INVESTMENT_BELOW_MINIMUM',
    ]);
    expect(res.body.bids.filter((b: { admitted: boolean }) => b.admitted)).toHaveLength(3);
  });

  it('requires a declaration, excludes a conflicted member, and refuses officers outside the commission', async () => {
    const { tender, bid } = await fourBidTender();
    const undeclared = await score(tender.id, members[0], bid.A, 80);
    expect(undeclared.status).toBe(409);
    expect(undeclared.body.code).toBe('DECLARATION_REQUIRED');
    const notMember = await t.api.post(
      `/tenders/${tender.id}/evaluation/declarations`,
      { conflictOfInterest: false },
      outsider.token,
    );
    expect(notMember.status).toBe(403);
    expect(notMember.body.code).toBe('FORBIDDEN');
    for (const [i, conflict] of [false, false, true].entries()) {
      const res = await t.api.post(
        `/tenders/${tender.id}/evaluation/declarations`,
        { conflictOfInterest: conflict },
        members[i].token,
      );
      expect(res.status).toBe(201);
    }
    const twice = await t.api.post(
      `/tenders/${tender.id}/evaluation/declarations`,
      { conflictOfInterest: false },
      members[0].token,
    );
    expect(twice.status).toBe(409);
    const conflicted = await score(tender.id, members[2], bid.A, 100);
    expect(conflicted.status).toBe(403);
    expect(conflicted.body.code).toBe('CONFLICT_OF_INTEREST');
  });

  it('keeps expert scores blind and refuses the award until all are in (409 EVALUATION_INCOMPLETE)', async () => {
    const { tender, bid } = await fourBidTender();
    await declare(tender.id);
    expect((await score(tender.id, members[0], bid.A, 78)).status).toBe(204);
    expect((await score(tender.id, members[0], bid.B, 70)).status).toBe(204);
    expect((await score(tender.id, members[0], bid.C, 88)).status).toBe(204);
    expect((await score(tender.id, members[1], bid.A, 82)).status).toBe(204);
    const partial = await protocol(tender.id, members[1].token);
    expect(partial.body.expertScoresComplete).toBe(false);
    for (const b of partial.body.bids.filter((x: { admitted: boolean }) => x.admitted)) {
      expect(b.scores).not.toHaveProperty('technology');
      expect(b.scores).not.toHaveProperty('total');
      expect(b.rank).toBeNull();
    }
    const early = await t.api.post(`/tenders/${tender.id}/award`, {}, members[0].token);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('EVALUATION_INCOMPLETE');
    expect((await score(tender.id, members[1], bid.D, 50)).status).toBe(404); // rejected bids are not scored
  });

  it('lets investors neither award, admit nor score, and auditors change nothing', async () => {
    const { tender, bid, bidders } = shared;
    for (const token of [bidders[0].token, auditor.token]) {
      expect((await t.api.post(`/tenders/${tender.id}/award`, {}, token)).status).toBe(403);
      expect(
        (
          await t.api.post(
            `/tenders/${tender.id}/evaluation/admission/${bid.D}`,
            { admitted: true, reason: 'x' },
            token,
          )
        ).status,
      ).toBe(403);
      expect((await score(tender.id, { ...members[0], token }, bid.A, 100)).status).toBe(403);
    }
    expect((await protocol(tender.id, bidders[0].token)).status).toBe(403); // bidders read it once awarded
  });

  it('awards rank 1 with scores equal to a hand computation, and shows the final protocol to bidders', async () => {
    const { tender, bid, bidders } = await partlyScored();
    expect((await score(tender.id, members[1], bid.B, 70)).status).toBe(204);
    expect((await score(tender.id, members[1], bid.C, 92)).status).toBe(204);
    const award = await t.api.post(`/tenders/${tender.id}/award`, {}, members[0].token);
    expect(award.status).toBe(200);
    // Hand computation. Pmin = 1 280 000; investment 3.1–3.4 bn; build 28–34; localization 55–65.
    // A: price 1280000/1320000×100 = 96.9696… → 96.97; investment 100; build (34−30)/6×100 = 66.67;
    //    localization 100; technology (78+82)/2 = 80.
    //    total 96.97×.6 + 100×.15 + 66.67×.1 + 100×.05 + 80×.1 = 58.182+15+6.667+5+8 = 92.849 → 92.85
    // B: price 92.0863… → 92.09; investment 0.1/0.3 = 33.33; build 0; localization 50; technology 70.
    //    total 55.254 + 4.9995 + 0 + 2.5 + 7 = 69.7535 → 69.75
    // C: price 100; investment 0; build 100; localization 0; technology (88+92)/2 = 90. total 60+10+9 = 79.00
    const expected = {
      [bid.A]: {
        price: 96.97,
        investment: 100,
        buildTime: 66.67,
        localization: 100,
        technology: 80,
        total: 92.85,
        rank: 1,
      },
      [bid.C]: {
        price: 100,
        investment: 0,
        buildTime: 100,
        localization: 0,
        technology: 90,
        total: 79,
        rank: 2,
      },
      [bid.B]: {
        price: 92.09,
        investment: 33.33,
        buildTime: 0,
        localization: 50,
        technology: 70,
        total: 69.75,
        rank: 3,
      },
    };
    expect(award.body.status).toBe('final');
    for (const [bidId, { rank, ...scores }] of Object.entries(expected)) {
      const row = award.body.bids.find((b: { bidId: string }) => b.bidId === bidId);
      expect({ bidId, scores: row.scores, rank: row.rank }).toEqual({ bidId, scores, rank });
    }
    expect((await t.api.get(`/tenders/${tender.id}`)).body.status).toBe('standstill');
    const own = await t.api.get(`/tenders/${tender.id}/bids/${bid.A}`, bidders[0].token);
    expect(own.body.status).toBe('awarded');
    const forBidder = await protocol(tender.id, bidders[1].token);
    expect(forBidder.status).toBe(200);
    expect(forBidder.body).toEqual(award.body);
    const stranger = await t.api.registerInvestor();
    expect((await protocol(tender.id, stranger.token)).status).toBe(403);
    const events = await t.api.get(`/audit/events?entityId=${tender.id}&limit=200`, auditor.token);
    expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['tender.bids_opened', 'tender.awarded']),
    );
    // The award records rank 1 and its total, as the kept protocol's summary holds them.
    const awarded = events.body.items.find(
      (e: { action: string }) => e.action === 'tender.awarded',
    );
    expect(awarded.data).toMatchObject({ bidId: bid.A, total: 92.85 });
    for (const answer of [award, forBidder]) {
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
    expect((await t.api.get('/audit/verify', auditor.token)).body.valid).toBe(true);
  });
});

describe('manual admission and declaring a tender unsuccessful', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('rejects the only admitted bid manually, refuses the award (409 NO_ADMISSIBLE_BIDS), then declares unsuccessful', async () => {
    const admin = await t.api.signInAdmin();
    const officer = await t.api.createStaff(admin.token, 'officer');
    const tender = await publishedTender(t.api, officer.token, [officer.id]);
    const investor = await t.api.registerInvestor();
    const submitted = await t.api.post(`/tenders/${tender.id}/bids`, aBid(), investor.token);
    await passSubmissionDeadline(t.api, admin.token, tender);
    expect(
      (await t.api.post(`/tenders/${tender.id}/declare-unsuccessful`, {}, officer.token)).status,
    ).toBe(409);
    const reject = await t.api.post(
      `/tenders/${tender.id}/evaluation/admission/${submitted.body.id}`,
      { admitted: false, reason: 'Plant address outside Moscow' },
      officer.token,
    );
    expect(reject.status).toBe(204);
    const row = (await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token)).body.bids[0];
    expect(row).toMatchObject({
      admitted: false,
      rejectionReasons: [{ code: 'MANUAL', message: 'Plant address outside Moscow' }],
    });
    const award = await t.api.post(`/tenders/${tender.id}/award`, {}, officer.token);
    expect(award.status).toBe(409);
    expect(award.body.code).toBe('NO_ADMISSIBLE_BIDS');
    expect(
      (await t.api.post(`/tenders/${tender.id}/declare-unsuccessful`, {}, officer.token)).status,
    ).toBe(204);
    expect((await t.api.get(`/tenders/${tender.id}`)).body.status).toBe('unsuccessful');
  });

  it('counts a member who has not declared as a missing score (409 EVALUATION_INCOMPLETE)', async () => {
    const admin = await t.api.signInAdmin();
    const [chair, silent] = [
      await t.api.createStaff(admin.token, 'officer'),
      await t.api.createStaff(admin.token, 'officer'),
    ];
    const tender = await publishedTender(t.api, chair.token, [chair.id, silent.id]);
    const bid = await t.api.post(
      `/tenders/${tender.id}/bids`,
      aBid(),
      (await t.api.registerInvestor()).token,
    );
    await passSubmissionDeadline(t.api, admin.token, tender);
    await t.api.post(
      `/tenders/${tender.id}/evaluation/declarations`,
      { conflictOfInterest: false },
      chair.token,
    );
    await t.api.request('PUT', `/tenders/${tender.id}/evaluation/expert-scores/${bid.body.id}`, {
      token: chair.token,
      body: { scores: { technology: 75 } },
    });
    const early = await t.api.post(`/tenders/${tender.id}/award`, {}, chair.token);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('EVALUATION_INCOMPLETE');
    await t.api.post(
      `/tenders/${tender.id}/evaluation/declarations`,
      { conflictOfInterest: true },
      silent.token,
    );
    expect((await t.api.post(`/tenders/${tender.id}/award`, {}, chair.token)).status).toBe(200);
  });
});
