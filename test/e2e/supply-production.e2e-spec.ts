import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { aBatteryTender, aBid, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600e3;
const MOSCOW = 3 * 3600e3;
const endOfMoscowDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY - MOSCOW - 1).toISOString();
/**
 * A one-line tender takes no output share unless it names one (README, product lines):
 * this contract is held to 30 %, so the winner's plant must make 1 716 / 0.30 a year.
 */
const HELD_TO_30_PCT = {
  offsetConditions: { ...aBatteryTender([], new Date()).offsetConditions, maxContractSharePct: 30 },
};
const WINNING_BID = aBid({
  unitPriceRub: '1300000.00',
  plant: { ...aBid().plant, capacityPerYear: 6000 },
});
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);

describe('supply years: production reports and the output share', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;
  let parties: Awaited<ReturnType<typeof activeContract>>;
  let contract: any;
  let year = 0;

  const advanceTo = async (iso: string) => {
    const stopped = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const advanceMs = Date.parse(iso) - Date.parse(stopped.body.now);
    const res = await t.api.post('/sandbox/clock', { advanceMs }, admin.token);
    expect(res.body.now).toBe(iso);
  };
  const file = (body: Record<string, unknown>, token = parties.winner.token) =>
    t.api.post(`/contracts/${contract.id}/production-reports`, body, token);
  const review = (id: string, decision: string, token = auditor.token) =>
    t.api.post(
      `/contracts/${contract.id}/production-reports/${id}/review`,
      { decision, comment: 'Matches the plant register' },
      token,
    );
  const compliance = async () =>
    (await t.api.get(`/contracts/${contract.id}/compliance`, auditor.token)).body;
  const codes = async () => (await compliance()).findings.map((f: { code: string }) => f.code);

  /** Reports every milestone of the plan at its full tranche and has an auditor accept it. */
  async function meetEveryMilestone(k: any, investor: SignedIn) {
    for (const m of k.milestones) {
      const report = await t.api.post(
        `/contracts/${k.id}/milestones/${m.id}/reports`,
        { note: 'Done', investedRub: m.plannedInvestmentRub },
        investor.token,
      );
      const review = await t.api.post(
        `/contracts/${k.id}/milestones/${m.id}/reports/${report.body.id}/review`,
        { decision: 'accepted', comment: 'Verified' },
        auditor.token,
      );
      expect(review.body.status).toBe('met');
    }
  }

  /** The first supply year's report: 1 000 accepted of 5 000 produced, accepted in January. */
  async function acceptFirstYearReport() {
    await advanceTo(`${year + 1}-01-15T09:00:00.000Z`);
    const filed = await file({ year, producedByItem: { main: 5000 } });
    expect((await review(filed.body.id, 'accepted')).status).toBe(200);
  }

  /** Year 5 of the contract: 700 accepted against 2 000 produced (35 %), the report accepted. */
  async function deliverAboveTheShare() {
    const year5 = contract.stages.find((x: { year: number }) => x.year === 5);
    // Its first day, or now if the clock is already past it.
    const now = await serverNow(t.api);
    const start = Date.parse(`${year5.startsOn}T09:00:00.000Z`);
    await advanceTo(new Date(Math.max(start, now.getTime() + 60e3)).toISOString());
    const order = (
      await t.api.post(
        `/contracts/${contract.id}/orders`,
        { item: 'main', quantity: 700, deliverBy: year5.endsOn },
        parties.officer.token,
      )
    ).body;
    const delivery = (
      await t.api.post(
        `/contracts/${contract.id}/orders/${order.id}/deliveries`,
        { quantity: 700, note: 'Waybill 2' },
        parties.winner.token,
      )
    ).body;
    const accepted = await t.api.post(
      `/contracts/${contract.id}/orders/${order.id}/deliveries/${delivery.id}/acceptance`,
      { acceptedQuantity: 700, comment: 'All packs pass' },
      parties.officer.token,
    );
    const year2 = Number(accepted.body.deliveries[0].acceptance.at.slice(0, 4));
    await advanceTo(`${year2 + 1}-01-20T09:00:00.000Z`);
    const report = await file({ year: year2, producedByItem: { main: 2000 } });
    await review(report.body.id, 'accepted');
    return { report: report.body, year2 };
  }

  // Each test has a server and contract of its own: the sandbox clock only moves forward,
  // and each test moves it years on. Every contract starts with its first supply year
  // delivered and accepted.
  beforeEach(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
    parties = await activeContract(t.api, admin, WINNING_BID, HELD_TO_30_PCT);
    const now = await serverNow(t.api);
    await advanceTo(
      new Date(Date.parse(now.toISOString().slice(0, 10)) + DAY + 9 * 3600e3).toISOString(),
    );
    contract = (
      await t.api.post(`/contracts/${parties.contract.id}/countersign`, {}, parties.officer.token)
    ).body;
    // The build as promised: every milestone met on time, 3 400 000 000.00 verified.
    await meetEveryMilestone(contract, parties.winner);
    // Year 4 of the contract: order 1 000 packs a month into it, delivered and accepted.
    const year4 = contract.stages.find((s: { year: number }) => s.year === 4);
    const deliverBy = plusDays(year4.startsOn, 30);
    const order = (
      await t.api.post(
        `/contracts/${contract.id}/orders`,
        { item: 'main', quantity: 1000, deliverBy },
        parties.officer.token,
      )
    ).body;
    await advanceTo(`${year4.startsOn}T09:00:00.000Z`);
    const delivery = (
      await t.api.post(
        `/contracts/${contract.id}/orders/${order.id}/deliveries`,
        { quantity: 1000, note: 'Waybill 1' },
        parties.winner.token,
      )
    ).body;
    const accepted = await t.api.post(
      `/contracts/${contract.id}/orders/${order.id}/deliveries/${delivery.id}/acceptance`,
      { acceptedQuantity: 1000, comment: 'All packs pass' },
      parties.officer.token,
    );
    expect(accepted.body.status).toBe('fulfilled');
    year = Number(accepted.body.deliveries[0].acceptance.at.slice(0, 4));
  });
  afterEach(async () => {
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    await t.close();
  });

  it('takes a report only for an ended year with accepted deliveries, from the owning investor', async () => {
    const early = await file({ year, producedByItem: { main: 5000 } });
    expect(early.status).toBe(400); // the year has not ended
    expect(early.body.details).toEqual([
      {
        field: 'year',
        errors: [`${year} has not ended yet`],
        constraints: [{ code: 'yearNotEnded', args: [year] }],
      },
    ]);
    await advanceTo(`${year + 1}-01-15T09:00:00.000Z`);
    const before = await file({ year: year - 1, producedByItem: { main: 1 } });
    expect(before.status).toBe(400);
    expect(before.body.details[0].constraints).toEqual([
      { code: 'yearWithoutDeliveries', args: [year - 1] },
    ]);
    expect((await file({ year, producedByItem: { nmc: 1 } })).status).toBe(400);
    expect((await file({ year, producedByItem: { main: 1 } }, auditor.token)).status).toBe(403);
    const stranger = await t.api.registerInvestor();
    expect((await file({ year, producedByItem: { main: 1 } }, stranger.token)).status).toBe(404);
  });

  it('finds the report missing by the chronograph 1 ms after 90 days past the year', async () => {
    // Due at the end of the 90th day after 31 December.
    const dueAt = endOfMoscowDay(plusDays(`${year}-12-31`, 90));
    await advanceTo(dueAt);
    expect((await compliance()).findings?.map((f: { code: string }) => f.code) ?? []).not.toContain(
      'PRODUCTION_REPORT_MISSING',
    );
    await advanceTo(new Date(Date.parse(dueAt) + 1).toISOString());
    expect(await codes()).toEqual(['PRODUCTION_REPORT_MISSING']);
    expect((await compliance()).status).toBe('at_risk');
    const events = (
      await t.api.get(
        `/audit/events?entityType=contract&entityId=${contract.id}&limit=200`,
        auditor.token,
      )
    ).body.items.filter((e: { action: string }) => e.action === 'production_report.missing');
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([{ year, dueAt }]);
    const kinds = (
      await t.api.get('/notifications?limit=200', parties.winner.token)
    ).body.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toContain('production_report_missing');
  });

  it('lets auditors alone review a report, once', async () => {
    await advanceTo(`${year + 1}-01-15T09:00:00.000Z`);
    const rejected = await file({ year, producedByItem: { main: 9999 } });
    expect((await review(rejected.body.id, 'rejected')).status).toBe(200);
    const filed = await file({ year, producedByItem: { main: 5000 } });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ year, producedByItem: { main: 5000 }, review: null });
    expect((await file({ year, producedByItem: { main: 5000 } })).status).toBe(409);
    expect((await review(filed.body.id, 'accepted', parties.officer.token)).status).toBe(403);
    expect((await review(filed.body.id, 'accepted', parties.winner.token)).status).toBe(403);
    const accepted = await review(filed.body.id, 'accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.body.review).toMatchObject({ decision: 'accepted' });
    expect((await review(filed.body.id, 'rejected')).status).toBe(409);
    const list = await t.api.get(
      `/contracts/${contract.id}/production-reports`,
      parties.winner.token,
    );
    expect(list.body.items).toHaveLength(2);
    // 1 000 accepted of 5 000 produced: 20 %, within the 30 % share. The report is in.
    expect(await compliance()).toMatchObject({
      status: 'on_track',
      findings: [],
      promised: { investmentRub: '3400000000.00', buildMonths: 30, localizationPct: 65 },
    });
    const stage = (await compliance()).supply.stages.find((x: { year: number }) => x.year === 4);
    expect(stage.items[0].accepted).toEqual({ quantity: 1000, valueRub: '1300000000.00' });
  });

  it('breaches the contract when the year after delivers above 30 % of the output', async () => {
    await acceptFirstYearReport();
    const { report, year2 } = await deliverAboveTheShare();
    const breached = await compliance();
    expect(breached.status).toBe('breached');
    expect(breached.findings).toEqual([
      {
        code: 'OUTPUT_SHARE_EXCEEDED',
        message: `700 of main accepted in ${year2} exceed 30 % of the 2000 produced`,
        entityType: 'production_report',
        entityId: report.id,
      },
    ]);
  });

  it('completes at the end of the term: breached here, fulfilled for a contract kept to its promise', async () => {
    await acceptFirstYearReport();
    await deliverAboveTheShare(); // this contract breaches: OUTPUT_SHARE_EXCEEDED
    const kept = await activeContract(t.api, admin, aBid({ unitPriceRub: '1300000.00' }));
    const other = (
      await t.api.post(`/contracts/${kept.contract.id}/countersign`, {}, kept.officer.token)
    ).body;
    await meetEveryMilestone(other, kept.winner);
    // Both terms end 10 years after signing; the later one decides when to look.
    await advanceTo(new Date(Date.parse(other.endsAt) + 1).toISOString());
    const ended = (await t.api.get(`/contracts/${contract.id}`, auditor.token)).body;
    expect(ended).toMatchObject({ status: 'completed', outcome: 'breached' });
    const fulfilled = (await t.api.get(`/contracts/${other.id}`, auditor.token)).body;
    expect(fulfilled).toMatchObject({ status: 'completed', outcome: 'fulfilled' });
  });
});
