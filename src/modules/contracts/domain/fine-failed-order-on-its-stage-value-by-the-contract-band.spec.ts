import { aFine, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

const failedOrder = aFine({
  basis: 'ORDER_FAILED',
  entityType: 'order',
  entityId: 'order-7',
  on: '2027-10-15',
  stageValueRub: '1584000000.00',
});

describe('a failed order', () => {
  it('is fined 0.1 % of its stage value on a contract above 10 bn', () => {
    const result = computePenalties(penaltyInput({ fines: [failedOrder] }));
    expect(result.items).toEqual([
      {
        kind: 'fine',
        basis: 'ORDER_FAILED',
        entityType: 'order',
        entityId: 'order-7',
        from: '2027-10-15',
        to: '2027-10-15',
        days: 0,
        baseRub: '1584000000.00',
        amountRub: '1584000.00',
      },
    ]);
  });

  // A 1 000 000.00 stage: every fine stays below every contract value, so no cap bites.
  it.each([
    ['3000000.00', '10 %', '100000.00'],
    ['3000000.01', '5 %', '50000.00'],
    ['50000000.01', '1 %', '10000.00'],
    ['100000000.01', '0.5 %', '5000.00'],
    ['500000000.01', '0.4 %', '4000.00'],
    ['1000000000.01', '0.3 %', '3000.00'],
    ['2000000000.01', '0.25 %', '2500.00'],
    ['5000000000.01', '0.2 %', '2000.00'],
    ['10000000000.01', '0.1 %', '1000.00'],
  ])('on a contract of %s takes %s of the stage value', (contractValueRub, _pct, amountRub) => {
    const fine = { ...failedOrder, stageValueRub: '1000000.00' };
    const result = computePenalties(penaltyInput({ contractValueRub, fines: [fine] }));
    expect(result).toMatchObject({ accruedRub: amountRub, capped: false });
    expect(result.items.map((i) => [i.baseRub, i.amountRub])).toEqual([['1000000.00', amountRub]]);
  });
});
