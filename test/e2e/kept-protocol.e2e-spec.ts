import type { SignedIn } from '../support/api-client';
import { awardedTender } from '../support/contract-factory';
import {
  anOffer,
  fileOffers,
  passSubmissionDeadline,
  publishedTender,
} from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The protocol is computed once and kept until an input changes: each test reads it (so
 * it is kept), changes one input, and reads it again, or awards, expecting the change.
 */
describe('the kept evaluation protocol follows every change of its inputs', () => {
  let t: TestApp;
  let admin: SignedIn;
  let members: SignedIn[];

  interface ProtocolBid {
    bidId: string;
    admitted: boolean;
    rejectionReasons: { code: string; message: string }[];
    scores: Record<string, number> | null;
    rank: number | null;
  }

  type Key = 'A' | 'B' | 'C';

  /** Bids A–C of the evaluation spec (all admitted), opened; the commission is both members. */
  async function openedTender(): Promise<{ tenderId: string; bid: Record<Key, string> }> {
    const tender = await publishedTender(
      t.api,
      members[0].token,
      members.map((m) => m.id),
    );
    const offers: Record<Key, Record<string, unknown>> = {
      A: anOffer('1320000.00', 3400, 30, 65),
      B: anOffer('1390000.00', 3200, 34, 60),
      C: anOffer('1280000.00', 3100, 28, 55),
    };
    const { bid } = await fileOffers(t.api, tender.id, offers);
    await passSubmissionDeadline(t.api, admin.token, tender);
    return { tenderId: tender.id, bid };
  }

  async function protocol(tenderId: string) {
    const res = await t.api.get(`/tenders/${tenderId}/evaluation`, members[0].token);
    expect(res.status).toBe(200);
    return res.body as { status: string; expertScoresComplete: boolean; bids: ProtocolBid[] };
  }

  const row = (p: { bids: ProtocolBid[] }, bidId: string) =>
    p.bids.find((b) => b.bidId === bidId) as ProtocolBid;

  async function declare(tenderId: string, member: SignedIn, conflictOfInterest: boolean) {
    const res = await t.api.post(
      `/tenders/${tenderId}/evaluation/declarations`,
      { conflictOfInterest },
      member.token,
    );
    expect(res.status).toBe(201);
  }

  async function score(tenderId: string, member: SignedIn, bidId: string, technology: number) {
    const res = await t.api.request(
      'PUT',
      `/tenders/${tenderId}/evaluation/expert-scores/${bidId}`,
      { token: member.token, body: { scores: { technology } } },
    );
    expect(res.status).toBe(204);
  }

  async function admission(tenderId: string, bidId: string, admitted: boolean, reason: string) {
    const res = await t.api.post(
      `/tenders/${tenderId}/evaluation/admission/${bidId}`,
      { admitted, reason },
      members[0].token,
    );
    expect(res.status).toBe(204);
  }

  /** Member 1 declares and scores every bid; member 2 declares a conflict: scores complete. */
  async function scoredByMemberOne(tenderId: string, bid: Record<Key, string>) {
    await declare(tenderId, members[0], false);
    await declare(tenderId, members[1], true);
    for (const [key, technology] of [
      ['A', 80],
      ['B', 70],
      ['C', 90],
    ] as const) {
      await score(tenderId, members[0], bid[key], technology);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    members = [
      await t.api.createStaff(admin.token, 'officer'),
      await t.api.createStaff(admin.token, 'officer'),
    ];
  });
  afterAll(() => t.close());

  it("shows an officer's manual rejection and re-admission read after the protocol was kept", async () => {
    const { tenderId, bid } = await openedTender();
    expect(row(await protocol(tenderId), bid.B).admitted).toBe(true);
    await admission(tenderId, bid.B, false, 'Plant outside the region');
    const rejected = row(await protocol(tenderId), bid.B);
    expect(rejected).toMatchObject({
      admitted: false,
      rejectionReasons: [{ code: 'MANUAL', message: 'Plant outside the region' }],
      scores: null,
    });
    await admission(tenderId, bid.B, true, 'The address was a typo');
    expect(row(await protocol(tenderId), bid.B)).toMatchObject({
      admitted: true,
      rejectionReasons: [],
    });
  });

  it('shows the expert scores once the last one is entered, and a revised score', async () => {
    const { tenderId, bid } = await openedTender();
    await declare(tenderId, members[0], false);
    await declare(tenderId, members[1], false);
    for (const b of [bid.A, bid.B, bid.C]) await score(tenderId, members[0], b, 80);
    await score(tenderId, members[1], bid.A, 80);
    await score(tenderId, members[1], bid.B, 80);
    const partial = await protocol(tenderId);
    expect(partial.expertScoresComplete).toBe(false);
    expect(row(partial, bid.A).rank).toBeNull();
    await score(tenderId, members[1], bid.C, 60);
    const complete = await protocol(tenderId);
    expect(complete.expertScoresComplete).toBe(true);
    expect(row(complete, bid.C).scores?.technology).toBe(70);
    expect(row(complete, bid.A).rank).toBe(1);
    await score(tenderId, members[1], bid.C, 100);
    expect(row(await protocol(tenderId), bid.C).scores?.technology).toBe(90);
  });

  it('counts the scores complete once the last unscored member declares a conflict', async () => {
    const { tenderId, bid } = await openedTender();
    await declare(tenderId, members[0], false);
    for (const b of [bid.A, bid.B, bid.C]) await score(tenderId, members[0], b, 75);
    // Member 2 has not declared: their scores are missing.
    expect((await protocol(tenderId)).expertScoresComplete).toBe(false);
    await declare(tenderId, members[1], true);
    const complete = await protocol(tenderId);
    expect(complete.expertScoresComplete).toBe(true);
    expect(row(complete, bid.A).scores?.technology).toBe(75);
  });

  it('awards from the protocol as last changed, and answers the frozen one', async () => {
    const { tenderId, bid } = await openedTender();
    await scoredByMemberOne(tenderId, bid);
    const before = await protocol(tenderId);
    expect(row(before, bid.A).rank).toBe(1);
    await admission(tenderId, bid.A, false, 'Forged bank guarantee');
    const award = await t.api.post(`/tenders/${tenderId}/award`, {}, members[0].token);
    expect(award.status).toBe(200);
    expect(award.body.status).toBe('final');
    expect(row(award.body, bid.A)).toMatchObject({ admitted: false, rank: null });
    expect(row(award.body, bid.B).rank).toBe(1); // without A, B leads C 82.25 to 79
    const frozen = await protocol(tenderId);
    expect(frozen).toEqual(award.body);
    expect(
      (await t.api.get(`/tenders/${tenderId}/bids/${bid.B}`, members[0].token)).body.status,
    ).toBe('awarded');
  });

  it('answers the same protocol from the kept copy as computed, and the award the same bids', async () => {
    const { tenderId, bid } = await openedTender();
    await scoredByMemberOne(tenderId, bid);
    const first = await protocol(tenderId);
    const kept = await protocol(tenderId);
    expect(kept).toEqual(first);
    const award = await t.api.post(`/tenders/${tenderId}/award`, {}, members[0].token);
    expect(award.status).toBe(200);
    expect(award.body).toEqual({ ...first, status: 'final' });
  });

  it('after an upheld complaint, awards again from the protocol as changed since and freezes that one', async () => {
    const { tender, officer, runnerUp, first, second } = await awardedTender(t.api, admin);
    const complaint = await t.api.post(
      `/tenders/${tender.id}/complaints`,
      { subject: 'Scoring', text: 'Unfair' },
      runnerUp.token,
    );
    expect(complaint.status).toBe(201);
    const decided = await t.api.post(
      `/tenders/${tender.id}/complaints/${complaint.body.id}/decision`,
      { decision: 'upheld', reason: 'FAS decision' },
      admin.token,
    );
    expect(decided.status).toBe(201);
    const reopened = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
    expect(reopened.body.status).toBe('in_progress');
    expect(row(reopened.body, first.id).rank).toBe(1);
    const reject = await t.api.post(
      `/tenders/${tender.id}/evaluation/admission/${first.id}`,
      { admitted: false, reason: 'The complaint was upheld against this bid' },
      officer.token,
    );
    expect(reject.status).toBe(204);
    const award = await t.api.post(`/tenders/${tender.id}/award`, {}, officer.token);
    expect(award.status).toBe(200);
    expect(row(award.body, second.id).rank).toBe(1);
    expect(row(award.body, first.id)).toMatchObject({ admitted: false, rank: null });
    const frozen = await t.api.get(`/tenders/${tender.id}/evaluation`, officer.token);
    expect(frozen.body).toEqual(award.body);
  });
});
