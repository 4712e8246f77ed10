import { anOrder, noonMoscow, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

// 40 packs × 1 320 000.00 = 52 800 000.00, due 31 March 2027; 15 packs accepted on time.
const onTime = { on: '2027-03-20', valueRub: '19800000.00' };

describe('an order partly accepted on time, the rest 12 days late', () => {
  it('accrues on the 25 packs still owed, for 12 days, at 16 %', () => {
    const result = computePenalties(
      penaltyInput({
        asOf: noonMoscow('2027-05-01'),
        obligations: [
          anOrder({
            fulfilments: [onTime, { on: '2027-04-12', valueRub: '33000000.00' }],
            endedOn: '2027-04-12',
          }),
        ],
      }),
    );
    // 33 000 000.00 × 0.16 / 300 × 12 = 211 200.00
    expect(result.items).toEqual([
      {
        kind: 'delay',
        basis: 'ORDER_DELAY',
        entityType: 'order',
        entityId: 'order-1',
        from: '2027-04-01',
        to: '2027-04-12',
        days: 12,
        baseRub: '33000000.00',
        amountRub: '211200.00',
      },
    ]);
    expect(result.accruedRub).toBe('211200.00');
    expect(result.keyRatePct).toBe('16.00');
  });

  it('lowers the base the day after each acceptance during the delay', () => {
    const result = computePenalties(
      penaltyInput({
        keyRates: [{ effectiveFrom: '2027-01-01', ratePct: '16.50' }],
        asOf: noonMoscow('2027-05-01'),
        obligations: [
          anOrder({
            fulfilments: [
              onTime,
              { on: '2027-04-05', valueRub: '13200000.00' },
              { on: '2027-04-12', valueRub: '19800000.00' },
            ],
            endedOn: '2027-04-12',
          }),
        ],
      }),
    );
    // 1–5 April on 33 000 000.00: × 0.165 / 300 × 5 = 90 750.00;
    // 6–12 April on 19 800 000.00: × 0.165 / 300 × 7 = 76 230.00.
    expect(result.items.map((i) => [i.from, i.to, i.days, i.baseRub, i.amountRub])).toEqual([
      ['2027-04-01', '2027-04-05', 5, '33000000.00', '90750.00'],
      ['2027-04-06', '2027-04-12', 7, '19800000.00', '76230.00'],
    ]);
    expect(result.accruedRub).toBe('166980.00');
  });

  it('counts one day when the rest is accepted on the day after the due date', () => {
    const result = computePenalties(
      penaltyInput({
        obligations: [
          anOrder({
            fulfilments: [{ on: '2027-04-01', valueRub: '52800000.00' }],
            endedOn: '2027-04-01',
          }),
        ],
      }),
    );
    // 52 800 000.00 × 0.16 / 300 = 28 160.00
    expect(result.items.map((i) => [i.days, i.amountRub])).toEqual([[1, '28160.00']]);
  });

  it('charges nothing for an order accepted in full by its due date', () => {
    const result = computePenalties(
      penaltyInput({
        obligations: [
          anOrder({
            fulfilments: [{ on: '2027-03-31', valueRub: '52800000.00' }],
            endedOn: '2027-03-31',
          }),
        ],
      }),
    );
    expect(result).toMatchObject({ accruedRub: '0.00', capped: false, items: [] });
  });

  it('rounds each item half-up to kopecks', () => {
    const result = computePenalties(
      penaltyInput({
        keyRates: [{ effectiveFrom: '2027-01-01', ratePct: '15.00' }],
        obligations: [
          anOrder({
            valueRub: '1320010.00',
            fulfilments: [{ on: '2027-04-01', valueRub: '1320010.00' }],
            endedOn: '2027-04-01',
          }),
        ],
      }),
    );
    // 1 320 010.00 × 0.15 / 300 = 660.005 → 660.01
    expect(result.items.map((i) => i.amountRub)).toEqual(['660.01']);
  });
});
