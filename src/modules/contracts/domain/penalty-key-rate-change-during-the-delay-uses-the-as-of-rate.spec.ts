import { anOrder, noonMoscow, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

// The same order: 25 packs (33 000 000.00) still owed from 1 April 2027, accepted 12 April.
const order = anOrder({
  fulfilments: [
    { on: '2027-03-20', valueRub: '19800000.00' },
    { on: '2027-04-12', valueRub: '33000000.00' },
  ],
  endedOn: '2027-04-12',
});
const keyRates = [
  { effectiveFrom: '2027-02-14', ratePct: '21.00' },
  { effectiveFrom: '2027-04-06', ratePct: '16.00' },
];

describe('a key rate change during the delay', () => {
  it('computes every day at the rate in force on the as-of day', () => {
    const result = computePenalties(
      penaltyInput({ keyRates, asOf: noonMoscow('2027-05-01'), obligations: [order] }),
    );
    // All 12 days at 16 %, none at 21 %: 33 000 000.00 × 0.16 / 300 × 12 = 211 200.00
    expect(result.keyRatePct).toBe('16.00');
    expect(result.accruedRub).toBe('211200.00');
  });

  it('uses the earlier rate when asked as of a day before the change', () => {
    const result = computePenalties(
      penaltyInput({ keyRates, asOf: noonMoscow('2027-04-05'), obligations: [order] }),
    );
    // 1–5 April so far, at 21 %: 33 000 000.00 × 0.21 / 300 × 5 = 115 500.00
    expect(result.keyRatePct).toBe('21.00');
    expect(result.items.map((i) => [i.from, i.to, i.amountRub])).toEqual([
      ['2027-04-01', '2027-04-05', '115500.00'],
    ]);
  });

  it('uses the earliest known rate for an as-of day before every rate', () => {
    const result = computePenalties(
      penaltyInput({ keyRates, asOf: noonMoscow('2027-02-01'), obligations: [] }),
    );
    expect(result.keyRatePct).toBe('21.00');
  });
});
