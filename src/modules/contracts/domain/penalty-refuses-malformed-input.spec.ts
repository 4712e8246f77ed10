import { aFine, anOrder, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

describe('malformed input to the penalty calculator', () => {
  it.each([
    ['a float contract value', { contractValueRub: '1e9' }],
    ['no key rate at all', { keyRates: [] }],
    [
      'a key rate that is not a percentage',
      { keyRates: [{ effectiveFrom: '2027-01-01', ratePct: 'sixteen' }] },
    ],
    [
      'two key rates on one day',
      {
        keyRates: [
          { effectiveFrom: '2027-01-01', ratePct: '16.00' },
          { effectiveFrom: '2027-01-01', ratePct: '17.00' },
        ],
      },
    ],
    ['an invalid as-of instant', { asOf: new Date('not a date') }],
    ['an order value that is not rubles', { obligations: [anOrder({ valueRub: '-5.00' })] }],
    ['a due day that is not a date', { obligations: [anOrder({ dueOn: '31.03.2027' })] }],
    ['a failed order without its stage value', { fines: [aFine({ basis: 'ORDER_FAILED' })] }],
  ])('refuses %s', (_case, overrides) => {
    expect(() => computePenalties(penaltyInput(overrides))).toThrow(RangeError);
  });
});
