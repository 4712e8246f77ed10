import type { SupplyItem } from '../../tenders';
import type { BidContent } from './bid-content';
import { offsetFindings, type OffsetTerms } from './offset-findings';

const items: SupplyItem[] = [
  {
    code: 'lfp-200',
    name: 'LFP pack',
    unit: 'pack',
    maxUnitPriceRub: '1450000.00',
    quantityByYear: [0, 0, 0, 450, 600, 600, 600, 600, 600, 600],
  },
  {
    code: 'nmc-90',
    name: 'NMC pack',
    unit: 'pack',
    maxUnitPriceRub: '900000.00',
    quantityByYear: [0, 0, 0, 300, 300, 300, 300, 300, 300, 300],
  },
];
const terms: OffsetTerms = {
  items,
  minInvestmentRub: '3000000000.00',
  maxBuildMonths: 36,
  minLocalizationPct: 50,
  maxContractSharePct: 30,
};
const bid = (capacityByItem: Record<string, number>, nmcPrice = '850000.00'): BidContent => ({
  prices: [
    { item: 'lfp-200', unitPriceRub: '1320000.00' },
    { item: 'nmc-90', unitPriceRub: nmcPrice },
  ],
  investmentRub: '3400000000.00',
  buildMonths: 30,
  localizationPct: 65,
  plant: { address: 'Moscow', capacityByItem },
  milestones: [
    { code: 'production_start', title: 'Start', dueMonth: 30, investmentRub: '3400000000.00' },
  ],
  technicalProposal: 'LFP and NMC lines',
});
const codes = (b: BidContent, t = terms) => offsetFindings(b, t).map((f) => f.code);

describe('product lines against the offset conditions', () => {
  // 600 a year at most 30 % of output: the plant must make at least 600 / 0.30 = 2000.
  it('finds nothing when each item’s largest year is exactly 30 % of its capacity', () =>
    expect(codes(bid({ 'lfp-200': 2000, 'nmc-90': 1000 }))).toEqual([]));

  it('flags a capacity one unit below largest / 0.30, naming the item', () => {
    const findings = offsetFindings(bid({ 'lfp-200': 1999, 'nmc-90': 1000 }), terms);
    expect(findings).toEqual([
      {
        code: 'CAPACITY_BELOW_OUTPUT_SHARE',
        message: expect.stringContaining('lfp-200') as string,
      },
    ]);
  });

  it('checks no share when the tender sets none', () =>
    expect(
      codes(bid({ 'lfp-200': 1, 'nmc-90': 1 }), { ...terms, maxContractSharePct: null }),
    ).toEqual([]));

  it('holds each price to its own item’s ceiling and names that item', () => {
    const findings = offsetFindings(bid({ 'lfp-200': 2000, 'nmc-90': 1000 }, '900000.01'), terms);
    expect(findings).toEqual([
      {
        code: 'PRICE_ABOVE_CEILING',
        message: 'item nmc-90: unit price 900000.01 is above its ceiling of 900000.00',
      },
    ]);
  });

  it('counts an item left without a price (a bid confirmed after the items changed)', () => {
    const third = { ...items[1], code: 'lto-40' };
    expect(
      codes(bid({ 'lfp-200': 2000, 'nmc-90': 1000 }), { ...terms, items: [...items, third] }),
    ).toEqual(['PRICE_ABOVE_CEILING', 'CAPACITY_BELOW_OUTPUT_SHARE']);
  });
});
