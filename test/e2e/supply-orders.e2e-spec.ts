import type { SignedIn } from '../support/api-client';
import { activeContract } from '../support/contract-factory';
import { aBid, serverNow } from '../support/tender-factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 3600e3;
const MOSCOW = 3 * 3600e3;

/** The Moscow date `years` calendar years after a Moscow date (no 29 February here). */
const plusYears = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) - DAY).toISOString().slice(0, 10);
/** 23:59:59.999 Moscow of a date, as an instant. */
const endOfMoscowDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY - MOSCOW - 1).toISOString();

describe('supply years: the contract holds items, promised terms and stages', () => {
  let t: TestApp;
  let admin: SignedIn;
  let auditor: SignedIn;
  let parties: Awaited<ReturnType<typeof activeContract>>;
  let contract: any;
  let signedOn = '';

  /** Stops the clock, then moves it exactly onto `iso` (forward only). */
  const advanceTo = async (iso: string) => {
    const stopped = await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: true }, admin.token);
    const advanceMs = Date.parse(iso) - Date.parse(stopped.body.now);
    const res = await t.api.post('/sandbox/clock', { advanceMs }, admin.token);
    expect(res.body.now).toBe(iso);
  };

  beforeAll(async () => {
    t = await startTestApp({ CHRONOGRAPH_SWEEP_INTERVAL_MS: '500' });
    admin = await t.api.signInAdmin();
    auditor = await t.api.createStaff(admin.token, 'auditor');
    parties = await activeContract(t.api, admin, aBid({ unitPriceRub: '1300000.00' }));
    // Countersign at noon Moscow of the next day: a day in the middle of any month.
    const now = await serverNow(t.api);
    const noon = new Date(Date.parse(now.toISOString().slice(0, 10)) + DAY + 9 * 3600e3);
    if (noon.toISOString().slice(5, 10) === '02-29') noon.setTime(noon.getTime() + DAY);
    await advanceTo(noon.toISOString());
    signedOn = noon.toISOString().slice(0, 10);
    const countersigned = await t.api.post(
      `/contracts/${parties.contract.id}/countersign`,
      {},
      parties.officer.token,
    );
    expect(countersigned.status).toBe(200);
    contract = countersigned.body;
  });
  afterAll(async () => {
    await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
    await t.close();
  });

  it("copies the one-line tender as item main at the winner's price, the bid's promise and seven stages", async () => {
    // 12 000 packs over years 4–10 (the build takes up to 36 months): 1 714 a year, the
    // remainder 2 to year 4.
    expect(contract.items).toEqual([
      {
        code: 'main',
        name: 'Traction battery pack',
        unit: 'pack',
        unitPriceRub: '1300000.00',
        quantityByYear: [0, 0, 0, 1716, 1714, 1714, 1714, 1714, 1714, 1714],
        valueRub: '15600000000.00',
      },
    ]);
    // Bid price = unit price × quantity of version 1: 1 300 000.00 × 12 000.
    expect(contract).toMatchObject({
      valueRub: '15600000000.00',
      unitPriceRub: '1300000.00',
      quantity: 12000,
      promised: { investmentRub: '3400000000.00', buildMonths: 30, localizationPct: 65 },
      outcome: null,
    });
    expect(contract.stages).toEqual(
      [4, 5, 6, 7, 8, 9, 10].map((year) => ({
        year,
        startsOn: plusYears(signedOn, year - 1),
        endsOn: dayBefore(plusYears(signedOn, year)),
        // 1 716 × 1 300 000.00 = 2 230 800 000.00; 1 714 × 1 300 000.00 = 2 228 200 000.00
        valueRub: year === 4 ? '2230800000.00' : '2228200000.00',
      })),
    );
    const read = await t.api.get(`/contracts/${contract.id}`, auditor.token);
    expect(read.body.stages).toEqual(contract.stages);
  });

  describe('orders, deliveries and acceptance', () => {
    let year4: { startsOn: string; endsOn: string };
    let orderA: any;
    let orderB: any;
    let orderC: any;
    const day = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);
    const order = (body: Record<string, unknown>, token = parties.officer.token) =>
      t.api.post(`/contracts/${contract.id}/orders`, body, token);
    const deliver = (
      orderId: string,
      body: Record<string, unknown>,
      token = parties.winner.token,
    ) => t.api.post(`/contracts/${contract.id}/orders/${orderId}/deliveries`, body, token);
    const accept = (
      orderId: string,
      deliveryId: string,
      acceptedQuantity: number,
      token = parties.officer.token,
    ) =>
      t.api.post(
        `/contracts/${contract.id}/orders/${orderId}/deliveries/${deliveryId}/acceptance`,
        { acceptedQuantity, comment: 'Checked at the depot' },
        token,
      );
    const orderNow = async (id: string, token = auditor.token) =>
      (await t.api.get(`/contracts/${contract.id}/orders`, token)).body.items.find(
        (o: { id: string }) => o.id === id,
      );
    const kindsOf = async (token: string) =>
      (await t.api.get('/notifications?limit=200', token)).body.items.map(
        (n: { kind: string }) => n.kind,
      );

    beforeAll(() => {
      year4 = contract.stages.find((s: { year: number }) => s.year === 4);
    });

    it('lets officers order and accept, the owning investor deliver; others 403 or 404', async () => {
      // An order of its own, in year 5: the year-4 story below keeps its figures.
      const own = (await order({ item: 'main', quantity: 1, deliverBy: day(year4.endsOn, 1) }))
        .body;
      const stranger = await t.api.registerInvestor();
      const body = { item: 'main', quantity: 1, deliverBy: year4.endsOn };
      expect((await order(body, parties.winner.token)).status).toBe(403);
      expect((await order(body, auditor.token)).status).toBe(403);
      expect((await t.api.get(`/contracts/${contract.id}/orders`, stranger.token)).status).toBe(
        404,
      );
      expect((await t.api.get(`/contracts/${contract.id}/stages`, stranger.token)).status).toBe(
        404,
      );
      expect((await deliver(own.id, { quantity: 1, note: 'x' }, stranger.token)).status).toBe(404);
      expect(
        (await deliver(own.id, { quantity: 1, note: 'x' }, parties.officer.token)).status,
      ).toBe(403);
      for (const token of [auditor.token, parties.winner.token, parties.officer.token]) {
        expect((await t.api.get(`/contracts/${contract.id}/orders`, token)).status).toBe(200);
      }
      const delivery = (await deliver(own.id, { quantity: 1, note: 'One pack' })).body;
      expect((await accept(own.id, delivery.id, 1, parties.winner.token)).status).toBe(403);
      expect((await accept(own.id, delivery.id, 1, auditor.token)).status).toBe(403);
      // The officer placing it is told a delivery awaits acceptance; the investor of the order.
      expect(await kindsOf(parties.officer.token)).toContain('delivery_awaiting_acceptance');
      expect(await kindsOf(parties.winner.token)).toContain('order_placed');
    });

    it('runs a year of orders: within the plan (409 ORDER_EXCEEDS_PLAN beyond), deliveries (409 DELIVERY_EXCEEDS_ORDER beyond) accepted in part, the stage’s figures, overdue 1 ms after the Moscow day by the worker then fulfilled late, and a failed order closed once', async () => {
      const a = await order({ item: 'main', quantity: 1000, deliverBy: day(year4.startsOn, 60) });
      expect(a.status).toBe(201);
      orderA = a.body;
      expect(orderA).toMatchObject({
        contractId: contract.id,
        stageYear: 4,
        item: 'main',
        quantity: 1000,
        deliverBy: day(year4.startsOn, 60),
        dueAt: endOfMoscowDay(day(year4.startsOn, 60)),
        status: 'placed',
        deliveredQuantity: 0,
        acceptedQuantity: 0,
        acceptedValueRub: '0.00',
        deliveries: [],
      });
      orderB = (await order({ item: 'main', quantity: 700, deliverBy: day(year4.startsOn, 90) }))
        .body;
      // Year 4 plans 1 716: 1 000 + 700 ordered, 16 left.
      const beyond = await order({ item: 'main', quantity: 17, deliverBy: year4.endsOn });
      expect(beyond.status).toBe(409);
      expect(beyond.body).toMatchObject({
        code: 'ORDER_EXCEEDS_PLAN',
        details: { planned: 1716, ordered: 1700 },
      });
      const last = await order({ item: 'main', quantity: 16, deliverBy: year4.endsOn });
      expect(last.status).toBe(201);
      orderC = last.body;
      expect(
        (await order({ item: 'main', quantity: 1, deliverBy: day(year4.endsOn, 1) })).body
          .stageYear,
      ).toBe(5);
      // One pack of C delivered and not yet decided.
      await deliver(orderC.id, { quantity: 1, note: 'One pack' });
      const tooMany = await deliver(orderA.id, { quantity: 1001, note: 'Too many' });
      expect(tooMany.status).toBe(409);
      expect(tooMany.body.code).toBe('DELIVERY_EXCEEDS_ORDER');
      const waybill = await t.api.upload(
        `/contracts/${contract.id}/documents`,
        { name: 'waybill-118.pdf', bytes: Buffer.from('Waybill 118: 1000 packs') },
        parties.winner.token,
      );
      expect(waybill.status).toBe(201);
      const first = await deliver(orderA.id, {
        quantity: 1000,
        note: 'Waybill 118',
        documentIds: [waybill.body.id],
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        quantity: 1000,
        documentIds: [waybill.body.id],
        acceptance: null,
      });
      expect((await deliver(orderA.id, { quantity: 1, note: 'More' })).body.code).toBe(
        'DELIVERY_EXCEEDS_ORDER',
      );
      // A partial acceptance: 10 packs rejected, which may be delivered again.
      const accepted = await accept(orderA.id, first.body.id, 990);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        status: 'placed',
        deliveredQuantity: 1000,
        acceptedQuantity: 990,
        // 990 × 1 300 000.00
        acceptedValueRub: '1287000000.00',
      });
      expect((await accept(orderA.id, first.body.id, 1000)).status).toBe(409); // once
      const b = (await deliver(orderB.id, { quantity: 700, note: 'Waybill 119' })).body;
      expect((await accept(orderB.id, b.id, 700)).body.status).toBe('fulfilled');
      expect((await accept(orderB.id, b.id, 700)).status).toBe(409);
      const res = await t.api.get(`/contracts/${contract.id}/stages`, parties.winner.token);
      expect(res.status).toBe(200);
      const stage = res.body.stages.find((s: { year: number }) => s.year === 4);
      expect(stage).toMatchObject({ year: 4, valueRub: '2230800000.00' });
      expect(stage.items).toEqual([
        {
          item: 'main',
          unitPriceRub: '1300000.00',
          planned: { quantity: 1716, valueRub: '2230800000.00' },
          ordered: { quantity: 1716, valueRub: '2230800000.00' },
          // A 1 000, B 700, C 1 (not yet decided)
          delivered: { quantity: 1701, valueRub: '2211300000.00' },
          accepted: { quantity: 1690, valueRub: '2197000000.00' },
        },
      ]);
      const filtered = await t.api.get(
        `/contracts/${contract.id}/orders?stageYear=4&status=fulfilled`,
        auditor.token,
      );
      expect(filtered.body.items.map((o: { id: string }) => o.id)).toEqual([orderB.id]);
      // Stop 2 s before the end of the deliverBy day, then let the sandbox clock run.
      await advanceTo(new Date(Date.parse(orderA.dueAt) - 2000).toISOString());
      expect((await orderNow(orderA.id)).status).toBe('placed');
      expect(await kindsOf(parties.winner.token)).toContain('order_reminder_7d');
      await t.api.post('/sandbox/clock', { advanceMs: 0, freeze: false }, admin.token);
      const deadline = Date.now() + 20000;
      let status = 'placed';
      while (status === 'placed' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        status = (await orderNow(orderA.id)).status;
      }
      expect(status).toBe('overdue');
      const audit = await t.api.get(
        `/audit/events?entityType=contract&entityId=${contract.id}&limit=200`,
        auditor.token,
      );
      const overdue = audit.body.items.find(
        (e: { action: string; data: { orderId?: string } }) =>
          e.action === 'order.overdue' && e.data.orderId === orderA.id,
      );
      expect(overdue.actor).toBeNull();
      // Due at 23:59:59.999 Moscow; overdue from the next instant, never before.
      expect(Date.parse(overdue.at)).toBeGreaterThan(Date.parse(orderA.dueAt));
      expect(await kindsOf(parties.winner.token)).toContain('order_overdue');
      const rest = (await deliver(orderA.id, { quantity: 10, note: 'Replacement packs' })).body;
      const late = await accept(orderA.id, rest.id, 10);
      expect(late.body).toMatchObject({ status: 'fulfilled_late', acceptedQuantity: 1000 });
      const close = (token = parties.officer.token) =>
        t.api.post(
          `/contracts/${contract.id}/orders/${orderC.id}/close`,
          { reason: 'The supplier cannot ship this year' },
          token,
        );
      expect((await close(parties.winner.token)).status).toBe(403);
      const closed = await close();
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'failed', closeReason: expect.any(String) });
      expect((await close()).body).toMatchObject({
        code: 'INVALID_STATE',
        details: { status: 'failed' },
      });
      expect((await deliver(orderC.id, { quantity: 1, note: 'Late' })).status).toBe(409);
      const actions = (
        await t.api.get(
          `/audit/events?entityType=contract&entityId=${contract.id}&limit=200`,
          auditor.token,
        )
      ).body.items.map((e: { action: string }) => e.action);
      for (const action of [
        'order.placed',
        'order.delivery_recorded',
        'order.delivery_accepted',
        'order.overdue',
        'order.closed',
      ]) {
        expect(actions).toContain(action);
      }
    });

    it('refuses a deliverBy outside every stage, an unknown item and a malformed date: 400', async () => {
      // Year 1 has no supply (the plant is being built).
      const early = await order({ item: 'main', quantity: 1, deliverBy: day(signedOn, 30) });
      expect(early.status).toBe(400);
      expect(early.body.code).toBe('VALIDATION_FAILED');
      const outside = day(signedOn, 30);
      expect(early.body.details[0].constraints).toEqual([
        { code: 'deliverByOutsideStages', args: [outside] },
      ]);
      const unknown = await order({ item: 'nmc', quantity: 1, deliverBy: year4.endsOn });
      expect(unknown.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'item', constraints: [{ code: 'unknownItem', args: ['nmc'] }] }],
      });
      expect((await order({ item: 'main', quantity: 1, deliverBy: '2030-02-30' })).status).toBe(
        400,
      );
    });
  });
});
