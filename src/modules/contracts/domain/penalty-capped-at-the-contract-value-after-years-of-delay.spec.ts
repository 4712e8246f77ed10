import {
  aFine,
  anOrder,
  noonMoscow,
  penaltyInput,
} from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

describe('many years of delay', () => {
  it('add up to the contract value and no more', () => {
    // 52 800 000.00 owed, 16 % → 28 160.00 a day: the 60 000 000.00 contract is reached in
    // 2 131 days; 20 years on, the items stop exactly at the cap.
    const result = computePenalties(
      penaltyInput({
        contractValueRub: '60000000.00',
        asOf: noonMoscow('2047-04-01'),
        obligations: [anOrder()],
        fines: [aFine({ on: '2030-01-01' })],
      }),
    );
    expect(result.accruedRub).toBe('60000000.00');
    expect(result.capRub).toBe('60000000.00');
    expect(result.capped).toBe(true);
    // The order's delay is listed first (it starts earlier): the fine finds no room left.
    expect(result.items.map((i) => [i.kind, i.amountRub])).toEqual([['delay', '60000000.00']]);
  });

  it('leave a later claim only what earlier claims left of the cap', () => {
    const result = computePenalties(
      penaltyInput({
        contractValueRub: '60000000.00',
        asOf: noonMoscow('2047-04-01'),
        obligations: [anOrder()],
        claimed: { delayThrough: {}, fines: [], amountRub: '59999000.00' },
      }),
    );
    expect(result.accruedRub).toBe('1000.00');
    expect(result.capped).toBe(true);
  });
});
