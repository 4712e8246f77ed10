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

  it.each([
    ['3000000.00', '10 %', '158400000.00'],
    ['3000000.01', '5 %', '79200000.00'],
    ['1500000000.00', '0.3 %', '4752000.00'],
    ['10000000000.00', '0.2 %', '3168000.00'],
  ])('on a contract of %s takes %s of the stage value', (contractValueRub, _pct, amountRub) => {
    const result = computePenalties(penaltyInput({ contractValueRub, fines: [failedOrder] }));
    // Uncapped here: the cap is another spec's; the item is the ladder's amount.
    expect(result.items.map((i) => i.amountRub)).toEqual([
      Number(amountRub) <= Number(contractValueRub) ? amountRub : contractValueRub,
    ]);
  });
});
