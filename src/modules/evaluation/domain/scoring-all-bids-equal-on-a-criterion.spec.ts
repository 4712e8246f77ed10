import { scoreBids } from './pp2604-scoring';
import { aScoredBid, battery, offer } from '../../../../test/support/scoring-fixtures';

const bid = (id: string, investmentRub: string, technology: number) =>
  aScoredBid(id, { values: offer('1300000.00', investmentRub, 30, 60), technology });

describe('pp2604 when every admitted bid offers the same value on a criterion', () => {
  it('gives each bid 100 there instead of dividing 0 by 0', () => {
    // All offer 1300000.00, 30 months, 60 %: price 1300000/1300000×100 = 100 by the formula;
    // buildTime and localization have Xmax = Xmin, so 100 each by the all-equal rule.
    // investment, Xmin 3.0 bn (E1), Xmax 3.5 bn (E2), span 0.5 bn:
    //   E1 0; E2 100; E3 (3.25 − 3.0) / 0.5 = 50
    // totals: E1 60 + 0×0.15 + 10 + 5 + 70×0.1 = 60 + 0    + 10 + 5 + 7 = 82.00
    //         E2 60 + 100×0.15 + 10 + 5 + 8    = 60 + 15   + 10 + 5 + 8 = 98.00
    //         E3 60 + 50×0.15  + 10 + 5 + 9    = 60 + 7.5  + 10 + 5 + 9 = 91.50
    const result = scoreBids(battery, [
      bid('bid-e1', '3000000000.00', 70),
      bid('bid-e2', '3500000000.00', 80),
      bid('bid-e3', '3250000000.00', 90),
    ]);
    expect(result.singleBid).toBe(false);
    expect(result.bids).toEqual([
      {
        bidId: 'bid-e2',
        scores: {
          price: 100,
          investment: 100,
          buildTime: 100,
          localization: 100,
          technology: 80,
          total: 98,
        },
        rank: 1,
      },
      {
        bidId: 'bid-e3',
        scores: {
          price: 100,
          investment: 50,
          buildTime: 100,
          localization: 100,
          technology: 90,
          total: 91.5,
        },
        rank: 2,
      },
      {
        bidId: 'bid-e1',
        scores: {
          price: 100,
          investment: 0,
          buildTime: 100,
          localization: 100,
          technology: 70,
          total: 82,
        },
        rank: 3,
      },
    ]);
  });

  it('treats amounts equal in value as equal however they are written', () => {
    // '3000000000' and '3000000000.00' are the same amount: span 0 → 100 each, not 0/0.
    const result = scoreBids(battery, [
      bid('bid-e1', '3000000000', 70),
      bid('bid-e2', '3000000000.00', 70),
    ]);
    expect(result.bids.map((r) => r.scores.investment)).toEqual([100, 100]);
  });
});
