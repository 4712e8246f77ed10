import { aFine, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

describe('a missed build deadline', () => {
  it.each([
    ['16700000000.00', '100000.00'],
    ['100000000.01', '100000.00'],
    ['100000000.00', '10000.00'],
    ['50000000.00', '5000.00'],
    ['3000000.00', '1000.00'],
  ])('on a contract of %s is a fixed fine of %s', (contractValueRub, amount) => {
    const result = computePenalties(penaltyInput({ contractValueRub, fines: [aFine()] }));
    expect(result.items).toEqual([
      expect.objectContaining({
        kind: 'fine',
        basis: 'BUILD_DEADLINE_MISSED',
        days: 0,
        baseRub: contractValueRub,
        amountRub: amount,
      }),
    ]);
  });

  it('is not known before its day', () => {
    const result = computePenalties(
      penaltyInput({ asOf: new Date('2027-06-29T20:59:59.999Z'), fines: [aFine()] }),
    );
    expect(result.items).toEqual([]);
  });
});
