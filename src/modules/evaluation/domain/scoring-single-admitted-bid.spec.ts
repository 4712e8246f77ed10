import { meanExpertScore, scoreBids } from './pp2604-scoring';
import { aScoredBid, battery, offer } from '../../../../test/support/scoring-fixtures';

describe('pp2604 with a single admitted bid', () => {
  // Three members scored 80, 75 and 72: mean 227 / 3 = 75.666…
  const technology = meanExpertScore([80, 75, 72]);

  it('keeps the experts mean unrounded until the calculator rounds it', () =>
    expect(technology.startsWith('75.6666666666')).toBe(true));

  it('scores 100 on every computed criterion and the experts mean on technology', () => {
    // price: Pmin = Pi → 1400000/1400000×100 = 100
    // investment, buildTime, localization: Xmax = Xmin → 100 each (no 0/0)
    // technology: 75.666… → 75.67
    // total: 100×0.6 + 100×0.15 + 100×0.1 + 100×0.05 + 75.67×0.1
    //      = 60 + 15 + 10 + 5 + 7.567 = 97.567 → 97.57
    const result = scoreBids(battery, [
      aScoredBid('bid-only', { values: offer('1400000.00', '3000000000.00', 36, 50), technology }),
    ]);
    expect(result).toEqual({
      singleBid: true,
      bids: [
        {
          bidId: 'bid-only',
          scores: {
            price: 100,
            investment: 100,
            buildTime: 100,
            localization: 100,
            technology: 75.67,
            total: 97.57,
          },
          rank: 1,
        },
      ],
    });
  });

  it('returns an empty result when no bid was admitted (the caller says NO_ADMISSIBLE_BIDS)', () =>
    expect(scoreBids(battery, [])).toEqual({ singleBid: false, bids: [] }));
});
