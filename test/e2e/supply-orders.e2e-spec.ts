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
    t = await startTestApp();
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
    expect(endOfMoscowDay(signedOn)).toBeDefined();
  });
});
