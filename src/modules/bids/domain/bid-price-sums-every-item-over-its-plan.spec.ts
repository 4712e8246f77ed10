import { bidPrice, capacityOf, pricedItems } from './priced-items';

const item = (code: string, maxUnitPriceRub: string, quantityByYear: number[]) => ({
  code,
  name: code,
  unit: 'pack',
  maxUnitPriceRub,
  quantityByYear,
});

describe('the bid price sums every item over its plan (CONTRACT.md §1)', () => {
  const items = [
    item('lfp-200', '1500000.00', [0, 0, 0, 40, 60]),
    item('nmc-90', '900000.00', [0, 0, 0, 10, 10]),
  ];

  it('values each item at its unit price and adds them up, to the kopeck', () => {
    const content = {
      prices: [
        { item: 'lfp-200', unitPriceRub: '1320000.50' },
        { item: 'nmc-90', unitPriceRub: '850000.00' },
      ],
    };
    // 100 × 1,320,000.50 + 20 × 850,000.00
    expect(pricedItems(content, items).map((i) => i.valueRub)).toEqual([
      '132000050.00',
      '17000000.00',
    ]);
    expect(bidPrice(content, items)).toBe('149000050.00');
  });

  it('reads a one-item bid in the one-line form of version 1', () => {
    const main = [item('main', '1450000.00', [0, 0, 0, 6, 6])];
    expect(bidPrice({ unitPriceRub: '1320000.00' }, main)).toBe('15840000.00');
    expect(capacityOf({ plant: { capacityPerYear: 40 } }, main).get('main')).toBe(40);
  });

  it('refuses to price an item the bid leaves out', () => {
    expect(() => bidPrice({ prices: [{ item: 'lfp-200', unitPriceRub: '1.00' }] }, items)).toThrow(
      /nmc-90/,
    );
  });
});
