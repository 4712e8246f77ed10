import { scoreBids } from './pp2604-scoring';
import { BATTERY_BIDS, battery } from '../../../../test/support/scoring-fixtures';

// A, B and C as scoring-fixtures.ts lists them (price / investment / months / %, technology).
const { a, b, c } = BATTERY_BIDS;
// D offered 1250000.00 / 2900000000.00 / 36 / 50: INVESTMENT_BELOW_MINIMUM (< 3 bn) at
// admission, so it is not an input and its low price does not become Pmin.

describe('pp2604 scoring of the four-bid battery tender (D rejected at admission)', () => {
  const result = scoreBids(battery, [a, b, c]);
  const byId = (id: string) => result.bids.find((x) => x.bidId === id);

  it('scores price as Pmin / Pi × 100 with Pmin = 1280000.00 (C)', () => {
    // A: 1280000 / 1320000 × 100 = 96.9696… → 96.97
    // B: 1280000 / 1390000 × 100 = 92.0863… → 92.09
    // C: 1280000 / 1280000 × 100 = 100.00
    expect([byId('bid-a'), byId('bid-b'), byId('bid-c')].map((x) => x?.scores.price)).toEqual([
      96.97, 92.09, 100,
    ]);
  });

  it('scores investment, build time and localization on the admitted range', () => {
    // investment: Xmin 3.1 bn (C), Xmax 3.4 bn (A), span 0.3 bn
    //   A 100; B (3.2 − 3.1) / 0.3 = 33.333… → 33.33; C 0
    // buildTime (less is better): Xmin 28 (C), Xmax 34 (B), span 6
    //   A (34 − 30) / 6 = 66.666… → 66.67; B 0; C 100
    // localization: Xmin 55 (C), Xmax 65 (A), span 10
    //   A 100; B (60 − 55) / 10 = 50; C 0
    expect(byId('bid-a')?.scores).toMatchObject({
      investment: 100,
      buildTime: 66.67,
      localization: 100,
    });
    expect(byId('bid-b')?.scores).toMatchObject({
      investment: 33.33,
      buildTime: 0,
      localization: 50,
    });
    expect(byId('bid-c')?.scores).toMatchObject({
      investment: 0,
      buildTime: 100,
      localization: 0,
    });
  });

  it('weighs the rounded criterion scores and rounds the total half-up', () => {
    // A: 96.97×0.60 + 100×0.15 + 66.67×0.10 + 100×0.05 + 80×0.10
    //  = 58.182 + 15 + 6.667 + 5 + 8 = 92.849 → 92.85
    // B: 92.09×0.60 + 33.33×0.15 + 0×0.10 + 50×0.05 + 70×0.10
    //  = 55.254 + 4.9995 + 0 + 2.5 + 7 = 69.7535 → 69.75
    // C: 100×0.60 + 0×0.15 + 100×0.10 + 0×0.05 + 90×0.10 = 60 + 0 + 10 + 0 + 9 = 79.00
    expect(byId('bid-a')?.scores).toEqual({
      price: 96.97,
      investment: 100,
      buildTime: 66.67,
      localization: 100,
      technology: 80,
      total: 92.85,
    });
    expect(byId('bid-b')?.scores.total).toBe(69.75);
    expect(byId('bid-c')?.scores.total).toBe(79);
  });

  it('ranks by total, highest first: A 92.85, C 79.00, B 69.75', () => {
    expect(result.singleBid).toBe(false);
    expect(result.bids.map((x) => [x.bidId, x.rank])).toEqual([
      ['bid-a', 1],
      ['bid-c', 2],
      ['bid-b', 3],
    ]);
  });

  it('does not depend on the order the bids are given in', () => {
    expect(scoreBids(battery, [c, a, b])).toEqual(result);
  });
});
