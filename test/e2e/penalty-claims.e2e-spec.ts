import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600e3;

/**
 * CONTRACT.md §5: claims freeze what they take, later claims take only what came after,
 * only officers move them, and Decree 783 writes off the small ones of a fulfilled
 * contract. Hand-computed at a key rate the test records: 16 %, then 20 %.
 */
describe('penalty claims', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;

  beforeEach(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
  });
  afterEach(async () => {
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    await t.close();
  });

  /** A countersigned contract, the clock frozen; key rate `ratePct` from today on. */
  async function signedContract(tenderOverrides: Record<string, unknown> = {}) {
    const parties = await activeContract(t.api, admin, undefined, tenderOverrides);
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const countersigned = await t.api.post(
      `/contracts/${parties.contract.id}/countersign`,
      {},
      parties.officer.token,
    );
    expect(countersigned.status).toBe(200);
    return { ...parties, contract: countersigned.body };
  }
  const moscowDay = (at: Date) => new Date(at.getTime() + 3 * 3600e3).toISOString().slice(0, 10);
  async function keyRateFromToday(ratePct: string) {
    const effectiveFrom = moscowDay(await serverNow(t.api));
    const res = await t.api.post('/admin/key-rates', { effectiveFrom, ratePct }, admin.token);
    expect(res.status).toBe(201);
  }
  async function advanceTo(at: Date) {
    const now = await serverNow(t.api);
    await t.api.post('/sandbox/clock', { advanceMs: at.getTime() - now.getTime() }, admin.token);
  }
  const milestoneOf = (contract: any, code: string) =>
    contract.milestones.find((m: { code: string }) => m.code === code);
  /** The end of the Moscow day `days` after the milestone's due date. */
  const daysLate = (milestone: { dueDate: string }, days: number) =>
    new Date(Date.parse(milestone.dueDate) + days * DAY);
  const compliance = async (contractId: string) =>
    (await t.api.get(`/contracts/${contractId}/compliance`, auditor.token)).body;
  const claimsOf = async (contractId: string, token: string) =>
    t.api.get(`/contracts/${contractId}/claims`, token);

  it('freezes a claim, takes only later days next time, and refuses when nothing is new', async () => {
    const { contract, officer, winner, runnerUp } = await signedContract();
    const land = milestoneOf(contract, 'land_secured');
    await keyRateFromToday('16.00');
    await advanceTo(daysLate(land, 20));

    // 150 000 000.00 × 0.16 / 300 × 20 = 1 600 000.00, on the tranche only.
    const running = await compliance(contract.id);
    expect(running.penalties).toMatchObject({ accruedRub: '1600000.00', keyRatePct: '16.00' });
    for (const caller of [winner, auditor]) {
      const refused = await t.api.post(`/contracts/${contract.id}/claims`, {}, caller.token);
      expect(refused.status).toBe(403);
    }
    for (const asOf of [
      '2027-02-30T09:00:00.000Z',
      '20271201',
      new Date(Date.now() + 400 * DAY).toISOString(),
    ]) {
      const refused = await t.api.post(`/contracts/${contract.id}/claims`, { asOf }, officer.token);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    // A day still to come is the API's own rule, named by its code for the client to word.
    const future = new Date(Date.now() + 400 * DAY).toISOString();
    const ahead = await t.api.post(
      `/contracts/${contract.id}/claims`,
      { asOf: future },
      officer.token,
    );
    expect(ahead.body.details).toEqual([
      {
        field: 'asOf',
        errors: ['asOf must not be in the future: only what has accrued is claimed'],
        constraints: [{ code: 'asOfInFuture' }],
      },
    ]);
    const first = await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      amountRub: '1600000.00',
      keyRatePct: '16.00',
      status: 'issued',
    });
    expect(first.body.items).toEqual([
      expect.objectContaining({ entityId: land.id, days: 20, baseRub: '150000000.00' }),
    ]);
    const nothing = await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token);
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('NOTHING_TO_CLAIM');

    // A new rate moves the running figure (150 000 000.00 × 0.20 / 300 × 20), not the claim.
    await keyRateFromToday('20.00');
    expect((await compliance(contract.id)).penalties.accruedRub).toBe('2000000.00');
    const frozen = (await claimsOf(contract.id, auditor.token)).body.items;
    expect(frozen).toEqual([
      expect.objectContaining({ id: first.body.id, amountRub: '1600000.00' }),
    ]);

    // Five days on, a second claim takes days 21–25 only: 150 000 000.00 × 0.20 / 300 × 5.
    await advanceTo(daysLate(land, 25));
    const second = await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ amountRub: '500000.00', keyRatePct: '20.00' });
    expect(second.body.items).toEqual([expect.objectContaining({ entityId: land.id, days: 5 })]);
    expect(second.body.items[0].from > first.body.items[0].to).toBe(true);

    // Investors read their own contract's claims only; auditors read all.
    expect((await claimsOf(contract.id, winner.token)).body.items).toHaveLength(2);
    expect((await claimsOf(contract.id, runnerUp.token)).status).toBe(404);
    const penalties = (await compliance(contract.id)).penalties;
    expect(penalties).toMatchObject({ claimedRub: '2100000.00', paidRub: '0.00' });
  });

  it('records payment, write-off and withdrawal by officers only, each on the audit record', async () => {
    const { contract, officer, winner } = await signedContract();
    const land = milestoneOf(contract, 'land_secured');
    await keyRateFromToday('16.00');
    await advanceTo(daysLate(land, 20));
    const first = (await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token)).body;
    await advanceTo(daysLate(land, 25));
    const second = (await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token)).body;
    const path = (claim: { id: string }, step: string) =>
      `/contracts/${contract.id}/claims/${claim.id}/${step}`;
    const paidAt = (await serverNow(t.api)).toISOString();

    const byInvestor = await t.api.post(
      path(first, 'payment'),
      { paidAt, amountRub: first.amountRub },
      winner.token,
    );
    expect(byInvestor.status).toBe(403);
    const short = await t.api.post(
      path(first, 'payment'),
      { paidAt, amountRub: '1.00' },
      officer.token,
    );
    expect(short.status).toBe(400);
    // Refusals a client words in its user's language: the rule's code and its arguments.
    expect(short.body.details).toEqual([
      {
        field: 'amountRub',
        errors: ["amountRub must be the claim's 1600000.00: a claim is paid whole"],
        constraints: [{ code: 'claimPaidWhole', args: ['1600000.00'] }],
      },
    ]);
    const early = await t.api.post(
      path(first, 'payment'),
      {
        paidAt: new Date(Date.parse(first.issuedAt) - DAY).toISOString(),
        amountRub: first.amountRub,
      },
      officer.token,
    );
    expect(early.status).toBe(400);
    expect(early.body.details).toEqual([
      {
        field: 'paidAt',
        errors: ['paidAt must lie between the claim’s issue and now'],
        constraints: [{ code: 'paidAtOutsideClaim', args: [first.issuedAt, expect.any(String)] }],
      },
    ]);
    expect(Date.parse(early.body.details[0].constraints[0].args[1])).toBeGreaterThanOrEqual(
      Date.parse(paidAt),
    );
    const paid = await t.api.post(
      path(first, 'payment'),
      { paidAt, amountRub: first.amountRub },
      officer.token,
    );
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', paidRub: '1600000.00', paidAt });
    const twice = await t.api.post(
      path(first, 'write-off'),
      { reason: 'Paid already' },
      officer.token,
    );
    expect(twice.status).toBe(409);

    const withdrawn = await t.api.post(
      path(second, 'withdraw'),
      { reason: 'Issued in error' },
      officer.token,
    );
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', reason: 'Issued in error' });
    // A withdrawn claim took nothing: its five days may be claimed again.
    const again = await t.api.post(`/contracts/${contract.id}/claims`, {}, officer.token);
    expect(again.body).toMatchObject({ amountRub: '400000.00' });
    const writeOff = await t.api.post(
      path(again.body, 'write-off'),
      { reason: 'Court ruling 12/2027' },
      officer.token,
    );
    expect(writeOff.body).toMatchObject({ status: 'written_off' });

    expect((await compliance(contract.id)).penalties).toMatchObject({
      claimedRub: '2000000.00',
      paidRub: '1600000.00',
      writtenOffRub: '400000.00',
    });
    const events = await t.api.get(
      `/audit/events?entityType=contract&entityId=${contract.id}&limit=200`,
      auditor.token,
    );
    const actions = events.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('claim.'))).toEqual([
      'claim.issued',
      'claim.issued',
      'claim.paid',
      'claim.withdrawn',
      'claim.issued',
      'claim.written_off',
    ]);
    const notices = (await t.api.get('/notifications', winner.token)).body.items;
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining([
        'claim_issued',
        'claim_paid',
        'claim_withdrawn',
        'claim_written_off',
      ]),
    );
  });

  it('writes off under Decree 783 at fulfilment what is within 5 % of the value, and no more', async () => {
    // 100 packs × 1 300 000.00 = 130 000 000.00: 5 % is 6 500 000.00.
    const small = { subject: { item: 'Traction battery pack', unit: 'pack', quantity: 100 } };
    const within = await signedContract(small);
    const beyond = await signedContract(small);
    await keyRateFromToday('16.00');
    const report = async (parties: typeof within, code: string) => {
      const milestone = milestoneOf(parties.contract, code);
      const path = `/contracts/${parties.contract.id}/milestones/${milestone.id}/reports`;
      const filed = await t.api.post(
        path,
        { note: 'Evidence attached', investedRub: milestone.plannedInvestmentRub },
        parties.winner.token,
      );
      expect(filed.status).toBe(201);
      const reviewed = await t.api.post(
        `${path}/${filed.body.id}/review`,
        { decision: 'accepted', comment: 'Checked' },
        auditor.token,
      );
      expect(reviewed.status).toBe(200);
    };
    // Everything but land_secured met on time, with the whole investment.
    for (const parties of [within, beyond]) {
      expect(parties.contract.valueRub).toBe('130000000.00');
      await report(parties, 'construction_started');
      await report(parties, 'production_start');
    }
    // land_secured met 20 days late (1 600 000.00), and 100 days late (8 000 000.00).
    const claims: Record<string, string> = {};
    for (const [parties, days] of [
      [within, 20],
      [beyond, 100],
    ] as const) {
      await advanceTo(daysLate(milestoneOf(parties.contract, 'land_secured'), days));
      await report(parties, 'land_secured');
      const claim = await t.api.post(
        `/contracts/${parties.contract.id}/claims`,
        {},
        parties.officer.token,
      );
      expect(claim.status).toBe(201);
      claims[parties.contract.id] = claim.body.amountRub;
    }
    expect(Object.values(claims)).toEqual(['1600000.00', '8000000.00']);

    // The term ends; the chronograph completes both, fulfilled.
    await advanceTo(new Date(Date.parse(beyond.contract.endsAt) + 60e3));
    for (const [parties, status, reason] of [
      [within, 'written_off', 'PP783'],
      [beyond, 'issued', null],
    ] as const) {
      const done = (await t.api.get(`/contracts/${parties.contract.id}`, auditor.token)).body;
      expect(done).toMatchObject({ status: 'completed', outcome: 'fulfilled' });
      const [claim] = (await claimsOf(parties.contract.id, parties.officer.token)).body.items;
      expect(claim).toMatchObject({ status, reason });
      // Decree 783 has had its say: no new claim on a fulfilled contract.
      const late = await t.api.post(
        `/contracts/${parties.contract.id}/claims`,
        {},
        parties.officer.token,
      );
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('INVALID_STATE');
    }
  });
});
