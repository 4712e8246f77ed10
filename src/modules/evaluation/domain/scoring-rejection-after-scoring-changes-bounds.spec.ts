import { scoreBids } from './pp2604-scoring';
import {
  aScoredBid,
  BATTERY_BIDS,
  battery,
  offer,
  scoresOf,
} from '../../../../test/support/scoring-fixtures';

// A, B and C as scoring-fixtures.ts lists them (price / investment / months / %, technology).
const { a, b, c } = BATTERY_BIDS;
// D passes the automatic checks (3.05 bn ≥ 3 bn, 36 ≤ 36 months, 50 % ≥ 50 %) and is
// scored; later an officer rejects it by hand (MANUAL), so it leaves the input.
const d = aScoredBid('bid-d', {
  submittedAt: '2026-03-05T09:00:00Z',
  values: offer('1250000.00', '3050000000.00', 36, 50),
  technology: 60,
});

describe('pp2604: rejecting a bid after a first scoring moves Pmin, Xmin and Xmax', () => {
  it('first scores four admitted bids with D setting four of the bounds', () => {
    // price, Pmin = 1250000 (D): A 1250000/1320000×100 = 94.6969… → 94.70
    //   B 1250000/1390000×100 = 89.9280… → 89.93; C 1250000/1280000×100 = 97.65625 → 97.66; D 100
    // investment, Xmin 3.05 bn (D), Xmax 3.4 bn (A), span 0.35 bn:
    //   A 100; B 0.15/0.35 = 42.857… → 42.86; C 0.05/0.35 = 14.2857… → 14.29; D 0
    // buildTime, Xmin 28 (C), Xmax 36 (D), span 8:
    //   A (36−30)/8 = 75; B (36−34)/8 = 25; C 100; D 0
    // localization, Xmin 50 (D), Xmax 65 (A), span 15:
    //   A 100; B 10/15 = 66.666… → 66.67; C 5/15 = 33.333… → 33.33; D 0
    // totals:
    //   A 94.70×0.6 + 100×0.15 + 75×0.1 + 100×0.05 + 80×0.1
    //     = 56.82 + 15 + 7.5 + 5 + 8 = 92.32
    //   B 89.93×0.6 + 42.86×0.15 + 25×0.1 + 66.67×0.05 + 70×0.1
    //     = 53.958 + 6.429 + 2.5 + 3.3335 + 7 = 73.2205 → 73.22
    //   C 97.66×0.6 + 14.29×0.15 + 100×0.1 + 33.33×0.05 + 90×0.1
    //     = 58.596 + 2.1435 + 10 + 1.6665 + 9 = 81.406 → 81.41
    //   D 100×0.6 + 0 + 0 + 0 + 60×0.1 = 66.00
    expect(scoresOf([a, b, c, d])).toEqual({
      'bid-a': {
        price: 94.7,
        investment: 100,
        buildTime: 75,
        localization: 100,
        technology: 80,
        total: 92.32,
      },
      'bid-b': {
        price: 89.93,
        investment: 42.86,
        buildTime: 25,
        localization: 66.67,
        technology: 70,
        total: 73.22,
      },
      'bid-c': {
        price: 97.66,
        investment: 14.29,
        buildTime: 100,
        localization: 33.33,
        technology: 90,
        total: 81.41,
      },
      'bid-d': {
        price: 100,
        investment: 0,
        buildTime: 0,
        localization: 0,
        technology: 60,
        total: 66,
      },
    });
    expect(scoreBids(battery, [a, b, c, d]).bids.map((x) => x.bidId)).toEqual([
      'bid-a',
      'bid-c',
      'bid-b',
      'bid-d',
    ]);
  });

  it('then rescores the three that remain on their own bounds', () => {
    // Pmin 1280000 (C), investment 3.1–3.4 bn, build 28–34, localization 55–65:
    //   A 96.97 / 100 / 66.67 / 100 / 80 → 58.182 + 15 + 6.667 + 5 + 8 = 92.849 → 92.85
    //   B 92.09 / 33.33 / 0 / 50 / 70 → 55.254 + 4.9995 + 0 + 2.5 + 7 = 69.7535 → 69.75
    //   C 100 / 0 / 100 / 0 / 90 → 60 + 0 + 10 + 0 + 9 = 79.00
    // Every remaining bid's scores changed although none of their offers did.
    expect(scoresOf([a, b, c])).toEqual({
      'bid-a': {
        price: 96.97,
        investment: 100,
        buildTime: 66.67,
        localization: 100,
        technology: 80,
        total: 92.85,
      },
      'bid-b': {
        price: 92.09,
        investment: 33.33,
        buildTime: 0,
        localization: 50,
        technology: 70,
        total: 69.75,
      },
      'bid-c': {
        price: 100,
        investment: 0,
        buildTime: 100,
        localization: 0,
        technology: 90,
        total: 79,
      },
    });
  });
});
