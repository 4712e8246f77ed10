import type { Criterion } from '../../tenders/domain/criteria';
import { scoreBids } from './pp2604-scoring';

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
    const result = scoreBids(priceAndInvestment, [
      {
        bidId: 'bid-a',
        submittedAt: new Date('2026-03-02T09:00:00Z'),
        values: {
          unitPriceRub: '1320000.00',
          investmentRub: '3400000000.00',
          buildMonths: 30,
          localizationPct: 65,
        },
        expertScores: { technology: 80 },
      },
      {
        bidId: 'bid-c',
        submittedAt: new Date('2026-03-04T09:00:00Z'),
        values: {
          unitPriceRub: '1280000.00',
          investmentRub: '3100000000.00',
          buildMonths: 28,
          localizationPct: 55,
        },
      },
    ]);
    expect(result.bids).toEqual([
      { bidId: 'bid-a', scores: { price: 96.97, investment: 100, total: 97.88 }, rank: 1 },
      { bidId: 'bid-c', scores: { price: 100, investment: 0, total: 70 }, rank: 2 },
    ]);
  });
});
