import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { aBid, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600e3;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * GET /reviews/pending: every milestone and production report still awaiting an auditor's
 * verdict, across contracts, oldest first, with what it takes to review it and fetch its
 * evidence; officers read it, investors and admins may not.
 */
describe('the review queue across contracts', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;
  let parties: Awaited<ReturnType<typeof activeContract>>;
  let contract: any;
  let evidenceId = '';

  const queue = (query = '', token = auditor.token) => t.api.get(`/reviews/pending${query}`, token);
  const advanceTo = async (iso: string) => {
    const stopped = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const advanceMs = Date.parse(iso) - Date.parse(stopped.body.now);
    await t.api.post('/sandbox/clock', { advanceMs }, admin.token);
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
    parties = await activeContract(t.api, admin, aBid({ unitPriceRub: '1300000.00' }));
    contract = (
      await t.api.post(`/contracts/${parties.contract.id}/countersign`, {}, parties.officer.token)
    ).body;
    const [first, second] = contract.milestones;
    const evidence = await t.api.upload(
      `/contracts/${contract.id}/documents`,
      { name: 'lease.pdf', bytes: Buffer.from('%PDF-1.4 lease'), type: 'application/pdf' },
      parties.winner.token,
    );
    evidenceId = evidence.body.id;
    for (const [m, documentIds] of [
      [first, [evidenceId]],
      [second, []],
    ] as const) {
      const report = await t.api.post(
        `/contracts/${contract.id}/milestones/${m.id}/reports`,
        { note: `Report on ${m.code}`, investedRub: m.plannedInvestmentRub, documentIds },
        parties.winner.token,
      );
      expect(report.status).toBe(201);
    }
    // A supply year delivered and accepted, then its production report once the year ended.
    const year4 = contract.stages.find((s: { year: number }) => s.year === 4);
    const order = await t.api.post(
      `/contracts/${contract.id}/orders`,
      { item: 'main', quantity: 100, deliverBy: plusDays(year4.startsOn, 30) },
      parties.officer.token,
    );
    const now = await serverNow(t.api);
    const start = Date.parse(`${year4.startsOn}T09:00:00.000Z`);
    await advanceTo(new Date(Math.max(start, now.getTime() + 60e3)).toISOString());
    const delivery = await t.api.post(
      `/contracts/${contract.id}/orders/${order.body.id}/deliveries`,
      { quantity: 100, note: 'Waybill 1' },
      parties.winner.token,
    );
    const accepted = await t.api.post(
      `/contracts/${contract.id}/orders/${order.body.id}/deliveries/${delivery.body.id}/acceptance`,
      { acceptedQuantity: 100, comment: 'All packs pass' },
      parties.officer.token,
    );
    const year = Number(accepted.body.deliveries[0].acceptance.at.slice(0, 4));
    await advanceTo(`${year + 1}-01-15T09:00:00.000Z`);
    const production = await t.api.post(
      `/contracts/${contract.id}/production-reports`,
      { year, producedByItem: { main: 2000 } },
      parties.winner.token,
    );
    expect(production.status).toBe(201);
  });
  afterAll(async () => {
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    await t.close();
  });

  it('lists both milestone reports and the production report, oldest first, with their context', async () => {
    const res = await queue();
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((i: { kind: string }) => i.kind)).toEqual([
      'milestone_report',
      'milestone_report',
      'production_report',
    ]);
    const [first, , production] = res.body.items;
    expect(first).toMatchObject({
      contractId: contract.id,
      tenderId: contract.tenderId,
      organization: contract.organization,
      documentIds: [evidenceId],
      milestone: { id: contract.milestones[0].id, code: contract.milestones[0].code },
      note: `Report on ${contract.milestones[0].code}`,
      investedRub: contract.milestones[0].plannedInvestmentRub,
      year: null,
      producedByItem: null,
    });
    expect(production).toMatchObject({
      contractId: contract.id,
      milestone: null,
      note: null,
      investedRub: null,
      producedByItem: { main: 2000 },
    });
    // The evidence is fetched where the contract serves it.
    const file = await t.api.get(
      `/contracts/${contract.id}/documents/${evidenceId}`,
      auditor.token,
    );
    expect(file.status).toBe(200);
  });

  it('pages and filters by kind', async () => {
    const page = await queue('?limit=1&offset=1');
    expect(page.body.total).toBe(3);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].kind).toBe('milestone_report');
    const production = await queue('?kind=production_report');
    expect(production.body.total).toBe(1);
    expect(production.body.items[0].kind).toBe('production_report');
    expect((await queue('?kind=complaint')).status).toBe(400);
  });

  it('is read by officers, refused to investors and admins, and to nobody signed in', async () => {
    expect((await queue('', parties.officer.token)).body.total).toBe(3);
    expect((await queue('', parties.winner.token)).status).toBe(403);
    expect((await queue('', admin.token)).status).toBe(403);
    expect((await t.api.get('/reviews/pending')).status).toBe(401);
  });

  // Jest shuffles these tests, so this one reviews a report of its own and leaves the
  // three above pending for the others.
  it('drops a report once it is reviewed', async () => {
    const third = contract.milestones[2];
    const submitted = await t.api.post(
      `/contracts/${contract.id}/milestones/${third.id}/reports`,
      { note: `Report on ${third.code}`, investedRub: third.plannedInvestmentRub, documentIds: [] },
      parties.winner.token,
    );
    expect(submitted.status).toBe(201);
    const before = await queue();
    expect(before.body.total).toBe(4);
    const own = before.body.items.find(
      (i: { milestone: { id: string } | null }) => i.milestone?.id === third.id,
    );
    const review = await t.api.post(
      `/contracts/${contract.id}/milestones/${third.id}/reports/${own.reportId}/review`,
      { decision: 'accepted', comment: 'Works verified' },
      auditor.token,
    );
    expect(review.status).toBe(200);
    const after = await queue();
    expect(after.body.total).toBe(3);
    expect(after.body.items.map((i: { reportId: string }) => i.reportId)).not.toContain(
      own.reportId,
    );
  });
});
