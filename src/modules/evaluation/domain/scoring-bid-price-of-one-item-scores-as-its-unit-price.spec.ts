import { battery, BATTERY_BIDS } from '../../../../test/support/scoring-fixtures';
import { type AdmittedBid, scoreBids } from './pp2604-scoring';
import { ScoreDecimal } from './scoring-decimal';

/** The bid price of a one-item tender: unit price × the planned quantity, to the kopeck. */
const withBidPrice = (bid: AdmittedBid, quantity: number): AdmittedBid => ({
  ...bid,
  values: {
    ...bid.values,
    bidPriceRub: new ScoreDecimal(bid.values.unitPriceRub as string).times(quantity).toFixed(2),
  },
});

describe('the price criterion on the bid price (CONTRACT.md §1)', () => {
  const { a, b, c } = BATTERY_BIDS;

  it.each([1, 7, 12000, 999_999, 123_456_789])(
    'gives one-item bids of quantity %i the same rounded scores as their unit prices',
    (quantity) => {
      const byUnit = scoreBids(battery, [a, b, c]);
      const byBidPrice = scoreBids(
        battery,
        [a, b, c].map((x) => withBidPrice(x, quantity)),
      );
      expect(byBidPrice).toEqual(byUnit);
    },
  );

  // Unit prices whose ratio lands near a rounding edge: 1280000.00 / 1390000.00 = 0.92086…,
  // 2 / 3 = 0.6666…, 1 / 8 × 100 = 12.5 exactly (half-up to 12.5, not to even).
  it.each([
    ['1280000.00', '1390000.00'],
    ['2.00', '3.00'],
    ['1.00', '8.00'],
    ['0.01', '1450000.00'],
    ['999999.99', '1000000.00'],
  ])('keeps the rounded score of %s against %s at any quantity', (low, high) => {
    const bidOf = (id: string, unitPriceRub: string) => ({
      bidId: id,
      submittedAt: new Date('2026-03-02T09:00:00Z'),
      values: { unitPriceRub, investmentRub: '1.00', buildMonths: 1, localizationPct: 1 },
    });
    const priceOnly = [{ code: 'price' as const, weight: 100 }];
    const unit = scoreBids(priceOnly, [bidOf('lo', low), bidOf('hi', high)]);
    for (const quantity of [3, 12000, 87_654_321]) {
      const priced = scoreBids(priceOnly, [
        withBidPrice(bidOf('lo', low), quantity),
        withBidPrice(bidOf('hi', high), quantity),
      ]);
      expect(priced).toEqual(unit);
    }
  });

  it('scores two items on the bid price, not on either unit price', () => {
    // X: 1320000 × 4500 + 850000 × 2100 = 5940000000 + 1785000000 = 7725000000
    // Y: 1300000 × 4500 + 900000 × 2100 = 5850000000 + 1890000000 = 7740000000
    // Y is cheaper on the big item, yet X wins: 7725000000 / 7740000000 × 100 = 99.806… → 99.81.
    const bidOf = (id: string, bidPriceRub: string): AdmittedBid => ({
      bidId: id,
      submittedAt: new Date('2026-03-02T09:00:00Z'),
      values: { bidPriceRub, investmentRub: '1.00', buildMonths: 1, localizationPct: 1 },
    });
    const result = scoreBids(
      [{ code: 'price', weight: 100 }],
      [bidOf('x', '7725000000.00'), bidOf('y', '7740000000.00')],
    );
    expect(result.bids.map((r) => [r.bidId, r.scores.price])).toEqual([
      ['x', 100],
      ['y', 99.81],
    ]);
  });
});
