import type { SupplyItem } from '../../tenders';
import { bidPricingErrors } from './bid-pricing';

const item = (code: string): SupplyItem => ({
  code,
  name: code,
  unit: 'pack',
  maxUnitPriceRub: '1000000.00',
  quantityByYear: [0, 0, 0, 100],
});
const two = [item('lfp-200'), item('nmc-90')];
const plant = { address: 'Moscow', capacityByItem: { 'lfp-200': 400, 'nmc-90': 400 } };
const prices = [
  { item: 'lfp-200', unitPriceRub: '1.00' },
  { item: 'nmc-90', unitPriceRub: '2.00' },
];

describe('a bid prices every item of the tender exactly once', () => {
  it('accepts prices and capacities for each item', () =>
    expect(bidPricingErrors({ prices, plant }, two)).toEqual([]));

  it('accepts the one-line unit price and capacity on a one-item tender', () =>
    expect(
      bidPricingErrors({ unitPriceRub: '1.00', plant: { capacityPerYear: 10 } }, [item('main')]),
    ).toEqual([]));

  it('names the field of an unknown item, a twice-priced item and an unpriced one', () => {
    const bid = {
      prices: [
        prices[0],
        { item: 'lfp-200', unitPriceRub: '3.00' },
        { item: 'x', unitPriceRub: '1.00' },
      ],
      plant,
    };
    expect(bidPricingErrors(bid, two)).toEqual([
      {
        field: 'prices.1.item',
        errors: ['item "lfp-200" is priced twice'],
        constraints: [{ code: 'itemPricedTwice', args: ['lfp-200'] }],
      },
      {
        field: 'prices.2.item',
        errors: ['the tender has no item "x"'],
        constraints: [{ code: 'unknownItem', args: ['x'] }],
      },
      {
        field: 'prices',
        errors: ['no price for "nmc-90"'],
        constraints: [{ code: 'itemsUnpriced', args: [['nmc-90']] }],
      },
    ]);
  });

  it('refuses the one-line form on a tender of several items', () => {
    const fields = bidPricingErrors(
      { unitPriceRub: '1.00', plant: { capacityPerYear: 10 } },
      two,
    ).map((e) => e.field);
    expect(fields).toEqual(['prices', 'plant.capacityByItem']);
  });

  it('refuses a capacity for an unknown item and a missing one', () => {
    const bid = { prices, plant: { address: 'Moscow', capacityByItem: { 'lfp-200': 1, zz: 2 } } };
    expect(bidPricingErrors(bid, two)).toEqual([
      {
        field: 'plant.capacityByItem.zz',
        errors: ['the tender has no item "zz"'],
        constraints: [{ code: 'unknownItem', args: ['zz'] }],
      },
      {
        field: 'plant.capacityByItem',
        errors: ['no capacity for "nmc-90"'],
        constraints: [{ code: 'itemsWithoutCapacity', args: [['nmc-90']] }],
      },
    ]);
  });

  it('refuses both forms at once', () => {
    const bid = {
      unitPriceRub: '1.00',
      prices: [{ item: 'main', unitPriceRub: '1.00' }],
      plant: { capacityPerYear: 1, capacityByItem: { main: 1 } },
    };
    expect(bidPricingErrors(bid, [item('main')]).map((e) => e.field)).toEqual([
      'unitPriceRub',
      'plant.capacityPerYear',
    ]);
  });
});
