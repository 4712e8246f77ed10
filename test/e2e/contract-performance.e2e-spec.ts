import { createHash } from 'node:crypto';
import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { aBid, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

/** Five milestones: tranches sum to 3.4 bn RUB; production starts at month 30. */
const fiveMilestoneBid = aBid({
  unitPriceRub: '1300000.00',
  milestones: [
    {
      code: 'land_secured',
      title: 'Land lease signed',
      dueMonth: 1,
      investmentRub: '100000000.00',
    },
    {
      code: 'permit_obtained',
      title: 'Building permit',
      dueMonth: 3,
      investmentRub: '50000000.00',
    },
    {
      code: 'construction_started',
      title: 'Construction started',
      dueMonth: 9,
      investmentRub: '1250000000.00',
    },
    {
      code: 'equipment_installed',
      title: 'Cell lines installed',
      dueMonth: 24,
      investmentRub: '1500000000.00',
    },
    {
      code: 'production_start',
      title: 'First packs shipped',
      dueMonth: 30,
      investmentRub: '500000000.00',
    },
  ],
});

describe('contract performance: milestones, reports and reviews', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;
  let parties: Awaited<ReturnType<typeof activeContract>>;
  let contract: any;
  /**
   * The dates below stand in a year laid out as 2027 (not leap, 1 January a Friday): 2027
   * while the server's clock, once a contract is active, is still before its 31 January,
   * then the next such year (2038, 2049, … 2094), so the test does not expire with the calendar.
   */
  let Y = 2027;
  let SIGNED_AT = ''; // 31 January 12:00 in Moscow, the last day of January

  /** Stops the clock, then moves it exactly onto `iso`. */
  const advanceTo = async (iso: string) => {
    const stopped = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const advanceMs = Date.parse(iso) - Date.parse(stopped.body.now);
    const res = await t.api.post('/sandbox/clock', { advanceMs }, admin.token);
    expect(res.body.now).toBe(iso);
  };
  const milestone = (code: string) =>
    contract.milestones.find((m: { code: string }) => m.code === code);
  const reload = async () => {
    contract = (await t.api.get(`/contracts/${contract.id}`, auditor.token)).body;
  };
  const report = (code: string, investedRub: string, token = parties.winner.token) =>
    t.api.post(
      `/contracts/${contract.id}/milestones/${milestone(code).id}/reports`,
      { note: 'Evidence attached', investedRub },
      token,
    );
  const review = (code: string, reportId: string, decision: string, token = auditor.token) =>
    t.api.post(
      `/contracts/${contract.id}/milestones/${milestone(code).id}/reports/${reportId}/review`,
      { decision, comment: 'Checked against the registry' },
      token,
    );

  /**
   * A server of its own (the sandbox clock only moves forward, and these tests stand on
   * fixed dates) with the five-milestone contract countersigned on SIGNED_AT, the clock
   * frozen there.
   */
  async function contractSignedAt() {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
    parties = await activeContract(t.api, admin, fiveMilestoneBid);
    const now = (await serverNow(t.api)).getTime();
    Y = [2027, 2038, 2049, 2055, 2066, 2077, 2083, 2094].find(
      (y) => Date.parse(`${y}-01-31T09:00:00.000Z`) > now,
    ) as number;
    SIGNED_AT = `${Y}-01-31T09:00:00.000Z`;
    await advanceTo(SIGNED_AT);
    const countersigned = await t.api.post(
      `/contracts/${parties.contract.id}/countersign`,
      {},
      parties.officer.token,
    );
    expect(countersigned.status).toBe(200);
    contract = countersigned.body;
  }
  async function closeApp() {
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    await t.close();
  }

  /** Evidence the winner uploaded to the contract: its document id. */
  async function uploadEvidence(): Promise<string> {
    const bytes = Buffer.from('Lease agreement No. 77-12/2027, Zelenograd, 12 ha');
    const upload = await t.api.upload(
      `/contracts/${contract.id}/documents`,
      { name: 'lease.pdf', bytes },
      parties.winner.token,
    );
    expect(upload.status).toBe(201);
    return upload.body.id as string;
  }

  /** land_secured reported and accepted on SIGNED_AT, before it falls due: met. */
  async function landSecuredMet() {
    const res = await report('land_secured', '100000000.00');
    expect(res.status).toBe(201);
    expect((await review('land_secured', res.body.id, 'accepted')).body.status).toBe('met');
  }

  /** The clock on 1 May 00:00 Moscow, when permit_obtained (due 30 April) is overdue. */
  async function permitOverdue() {
    await advanceTo(`${Y}-04-30T21:00:00.000Z`);
    await reload();
    expect(milestone('permit_obtained').status).toBe('overdue');
  }

  /** permit_obtained reported on 1 May: the first report rejected, the second accepted. */
  async function permitMetLate() {
    const first = await report('permit_obtained', '50000000.00');
    expect((await review('permit_obtained', first.body.id, 'rejected')).body.status).toBe(
      'overdue',
    );
    const second = await report('permit_obtained', '50000000.00');
    expect((await review('permit_obtained', second.body.id, 'accepted')).body.status).toBe(
      'met_late',
    );
  }

  /** Tests that only read the contract or add to it what no other test here reads. */
  describe('on the day of signing', () => {
    beforeAll(contractSignedAt);
    afterAll(closeApp);

    it('materializes the five milestones with hand-computed due dates (end of the Moscow day)', () => {
      expect(contract.signedAt).toBe(SIGNED_AT);
      expect(
        contract.milestones.map(
          (m: { code: string; dueDate: string; plannedInvestmentRub: string; status: string }) => [
            m.code,
            m.dueDate,
            m.plannedInvestmentRub,
            m.status,
          ],
        ),
      ).toEqual([
        // 31 January + 1 month → 28 February 2027 (no 31st), 23:59:59.999 Moscow = 20:59:59.999Z
        ['land_secured', `${Y}-02-28T20:59:59.999Z`, '100000000.00', 'pending'],
        // + 3 months → 30 April (no 31st)
        ['permit_obtained', `${Y}-04-30T20:59:59.999Z`, '50000000.00', 'pending'],
        ['construction_started', `${Y}-10-31T20:59:59.999Z`, '1250000000.00', 'pending'],
        ['equipment_installed', `${Y + 2}-01-31T20:59:59.999Z`, '1500000000.00', 'pending'],
        ['production_start', `${Y + 2}-07-31T20:59:59.999Z`, '500000000.00', 'pending'],
      ]);
      expect(contract.buildDeadline).toBe(`${Y + 2}-07-31T09:00:00.000Z`);
    });

    it('keeps evidence with its SHA-256 and refuses a report citing a document of another contract', async () => {
      const bytes = Buffer.from('Lease agreement No. 77-12/2027, Zelenograd, 12 ha');
      const upload = await t.api.upload(
        `/contracts/${contract.id}/documents`,
        { name: 'lease.pdf', bytes },
        parties.winner.token,
      );
      expect(upload.status).toBe(201);
      expect(upload.body.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const fetched = await t.api.download(
        `/contracts/${contract.id}/documents/${upload.body.id}`,
        auditor.token,
      );
      expect(fetched.bytes.equals(bytes)).toBe(true);
      expect(
        (
          await t.api.upload(
            `/contracts/${contract.id}/documents`,
            { name: 'x.pdf', bytes },
            auditor.token,
          )
        ).status,
      ).toBe(403);
      const foreign = await t.api.post(
        `/contracts/${contract.id}/milestones/${milestone('land_secured').id}/reports`,
        { note: 'x', investedRub: '1.00', documentIds: ['00000000-0000-4000-8000-000000000001'] },
        parties.winner.token,
      );
      expect(foreign.status).toBe(400);
    });

    it('lets only the owning investor report and only auditors review', async () => {
      const stranger = await t.api.registerInvestor();
      expect((await t.api.get(`/contracts/${contract.id}`, stranger.token)).status).toBe(404);
      expect((await report('equipment_installed', '1.00', stranger.token)).status).toBe(404);
      expect((await report('equipment_installed', '1.00', auditor.token)).status).toBe(403);
      const res = await report('equipment_installed', '600000000.00');
      expect(
        (await review('equipment_installed', res.body.id, 'accepted', parties.winner.token)).status,
      ).toBe(403);
      expect(
        (await review('equipment_installed', res.body.id, 'accepted', parties.officer.token))
          .status,
      ).toBe(403);
    });
  });

  /** Tests that move the clock or need an earlier step done: a server and a contract each. */
  describe('from a contract of their own', () => {
    beforeEach(contractSignedAt);
    afterEach(closeApp);

    it('meets a milestone reported and accepted before it falls due', async () => {
      const evidenceId = await uploadEvidence();
      const res = await t.api.post(
        `/contracts/${contract.id}/milestones/${milestone('land_secured').id}/reports`,
        { note: 'Lease signed', investedRub: '100000000.00', documentIds: [evidenceId] },
        parties.winner.token,
      );
      expect(res.body.documentIds).toEqual([evidenceId]);
      expect(res.status).toBe(201);
      await reload();
      expect(milestone('land_secured').status).toBe('reported');
      const accepted = await review('land_secured', res.body.id, 'accepted');
      expect(accepted.body).toMatchObject({ status: 'met' });
      expect((await review('land_secured', res.body.id, 'rejected')).status).toBe(409); // not twice
      const again = await report('land_secured', '1.00');
      expect(again.status).toBe(409); // a met milestone takes no report
    });

    it('turns a milestone nobody reported overdue at due + 1 ms, not before', async () => {
      await landSecuredMet();
      await advanceTo(`${Y}-04-30T20:59:59.999Z`);
      await reload();
      expect(milestone('permit_obtained').status).toBe('pending');
      await advanceTo(`${Y}-04-30T21:00:00.000Z`);
      await reload();
      expect(milestone('permit_obtained').status).toBe('overdue');
      const compliance = await t.api.get(
        `/contracts/${contract.id}/compliance`,
        parties.winner.token,
      );
      expect(compliance.body).toMatchObject({
        asOf: `${Y}-04-30T21:00:00.000Z`,
        status: 'at_risk',
      });
      expect(compliance.body.schedule.milestones).toEqual({
        pending: 3,
        reported: 0,
        met: 1,
        metLate: 0,
        overdue: 1,
      });
      // 1 May 00:00 Moscow has begun: one day of delay on the permit's own tranche (not on
      // the 15.6 bn contract) at the seeded 15.50 %: 50 000 000.00 × 0.155 / 300 = 25 833.33
      expect(compliance.body.penalties).toMatchObject({
        accruedRub: '25833.33',
        keyRatePct: '15.50',
        asOf: `${Y}-04-30T21:00:00.000Z`,
        claimedRub: '0.00',
        paidRub: '0.00',
        writtenOffRub: '0.00',
        capRub: '15600000000.00',
        capped: false,
      });
      expect(compliance.body.penalties.items).toEqual([
        {
          kind: 'delay',
          basis: 'MILESTONE_DELAY',
          entityType: 'milestone',
          entityId: milestone('permit_obtained').id,
          from: `${Y}-05-01`,
          to: `${Y}-05-01`,
          days: 1,
          baseRub: '50000000.00',
          amountRub: '25833.33',
        },
      ]);
    });

    it('marks a late report, once accepted, met_late; a rejected one leaves it overdue', async () => {
      await permitOverdue();
      const first = await report('permit_obtained', '50000000.00');
      expect((await review('permit_obtained', first.body.id, 'rejected')).body.status).toBe(
        'overdue',
      );
      const second = await report('permit_obtained', '50000000.00');
      expect((await review('permit_obtained', second.body.id, 'accepted')).body.status).toBe(
        'met_late',
      );
      await reload();
      expect(milestone('permit_obtained')).toMatchObject({
        status: 'met_late',
        metAt: second.body.submittedAt,
      });
      expect(milestone('permit_obtained').reports.map((r: any) => r.review.decision)).toEqual([
        'rejected',
        'accepted',
      ]);
    });

    it('charges each late milestone on its tranche at the as-of rate, counts only accepted investment, then breaches', async () => {
      await landSecuredMet();
      await permitOverdue();
      await permitMetLate();
      // equipment_installed reported, not yet reviewed.
      expect((await report('equipment_installed', '600000000.00')).status).toBe(201);
      const rate = await t.api.post(
        '/admin/key-rates',
        { effectiveFrom: `${Y}-11-06`, ratePct: '14.00' },
        admin.token,
      );
      expect(rate.status).toBe(201);
      await advanceTo(`${Y}-11-10T12:00:00.000Z`); // 15:00 Moscow, 10 November
      await reload();
      expect(milestone('construction_started').status).toBe('overdue');
      const compliance = (await t.api.get(`/contracts/${contract.id}/compliance`, auditor.token))
        .body;
      // One rate for the whole computation: 14.00 %, in force on 10 November.
      //   permit_obtained (met late, reported 1 May): 1 day on 50 000 000.00 → 23 333.33
      //   construction_started, due 31 October: 1–10 November, 10 days on 1 250 000 000.00
      //   → 1 250 000 000.00 × 0.14 / 300 × 10 = 5 833 333.33
      expect(compliance.penalties.keyRatePct).toBe('14.00');
      expect(
        compliance.penalties.items.map((i: any) => [i.entityId, i.from, i.to, i.amountRub]),
      ).toEqual([
        [milestone('permit_obtained').id, `${Y}-05-01`, `${Y}-05-01`, '23333.33'],
        [milestone('construction_started').id, `${Y}-11-01`, `${Y}-11-10`, '5833333.33'],
      ]);
      expect(compliance.penalties.accruedRub).toBe('5856666.66');
      // Accepted reports only: land 100 000 000.00 + permit 50 000 000.00; equipment's is unreviewed.
      expect(compliance.investment).toEqual({
        committedRub: '3400000000.00',
        verifiedRub: '150000000.00',
        verifiedPct: 4.41,
      });
      expect(compliance.status).toBe('at_risk');

      await advanceTo(contract.buildDeadline);
      const breached = (await t.api.get(`/contracts/${contract.id}/compliance`, auditor.token))
        .body;
      expect(breached.status).toBe('breached');
      expect(breached.schedule.daysToBuildDeadline).toBe(0);
      // Decree 1042: each non-monetary breach is a fixed 100 000.00 on a contract above 100 mn.
      expect(
        breached.penalties.items
          .filter((i: any) => i.kind === 'fine')
          .map((i: any) => [i.basis, i.days, i.amountRub]),
      ).toEqual([
        ['BUILD_DEADLINE_MISSED', 0, '100000.00'],
        ['INVESTMENT_BELOW_OFFER', 0, '100000.00'],
      ]);
      // A fine is for the fact: production starting a day late does not undo it.
      await advanceTo(new Date(Date.parse(contract.buildDeadline) + 24 * 3600e3).toISOString());
      const start = await report('production_start', '500000000.00');
      expect((await review('production_start', start.body.id, 'accepted')).body.status).toBe(
        'met_late',
      );
      const after = (await t.api.get(`/contracts/${contract.id}/compliance`, auditor.token)).body;
      expect(after.findings.map((f: any) => f.code)).not.toContain('BUILD_DEADLINE_MISSED');
      expect(after.penalties.items.map((i: any) => i.basis)).toContain('BUILD_DEADLINE_MISSED');
    });

    it('terminates: the supplier is recorded as failed, and every step is on the record', async () => {
      await landSecuredMet();
      await permitOverdue();
      await permitMetLate();
      const terminated = await t.api.post(
        `/contracts/${contract.id}/terminate`,
        { reason: 'Build abandoned' },
        parties.officer.token,
      );
      expect(terminated.status).toBe(200);
      expect(terminated.body.status).toBe('terminated');
      const { rows } = await t.sql.query(
        'SELECT reason FROM failed_suppliers WHERE contract_id = $1',
        [contract.id],
      );
      expect(rows).toEqual([{ reason: 'Build abandoned' }]);
      const events = await t.api.get(
        `/audit/events?entityId=${contract.id}&limit=200`,
        auditor.token,
      );
      expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining([
          'milestone.reported',
          'milestone.report_accepted',
          'milestone.report_rejected',
          'milestone.overdue',
          'contract.terminated',
        ]),
      );
      expect((await t.api.get('/audit/verify', auditor.token)).body.valid).toBe(true);
    });
  });
});
