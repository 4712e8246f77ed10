import type { Criterion } from '../../tenders';
import { scoreBids } from './pp2604-scoring';
import { BATTERY_BIDS } from '../../../../test/support/scoring-fixtures';

describe('pp2604 scores only the criteria the tender has', () => {
  const priceAndInvestment: Criterion[] = [
    { code: 'price', weight: 70 },
    { code: 'investment', weight: 30 },
  ];

  it('needs no expert score when technology is not a criterion, and ignores one given', () => {
    // price, Pmin 1280000 (C): A 1280000/1320000×100 = 96.9696… → 96.97; C 100
    // investment, Xmin 3.1 bn (C), Xmax 3.4 bn (A): A 100; C 0
    // A: 96.97×0.7 + 100×0.3 = 67.879 + 30 = 97.879 → 97.88
    // C: 100×0.7 + 0×0.3 = 70.00
    const { a, c } = BATTERY_BIDS;
    // A keeps its technology score of 80; C is given without any.
    const result = scoreBids(priceAndInvestment, [
      a,
      { bidId: c.bidId, submittedAt: c.submittedAt, values: c.values },
    ]);
    expect(result.bids).toEqual([
      { bidId: 'bid-a', scores: { price: 96.97, investment: 100, total: 97.88 }, rank: 1 },
      { bidId: 'bid-c', scores: { price: 100, investment: 0, total: 70 }, rank: 2 },
    ]);
  });
});
