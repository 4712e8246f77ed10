import type { Criterion } from '../../tenders';
import { AdmittedBid, scoreBids } from './pp2604-scoring';
import { aScoredBid, battery, offer } from '../../../../test/support/scoring-fixtures';

const bid = (id: string, submittedAt: string, unitPriceRub: string, technology: number | string) =>
  aScoredBid(id, { submittedAt, values: offer(unitPriceRub, '3000000000.00', 30, 60), technology });

describe('pp2604: a tie on the total goes to the earlier current version', () => {
  // X filed first (1 March) but replaced its bid on 3 March: its current version is the
  // later one. Y filed once, on 2 March.
  const x = bid('bid-x', '2026-03-03T10:00:00Z', '1260000.00', 20);
  const y = bid('bid-y', '2026-03-02T10:00:00Z', '1400000.00', 80);

  it('gives rank 1 to Y although X is cheaper', () => {
    // investment, buildTime, localization: equal for both → 100 each (all-equal rule)
    //   → 100×0.15 + 100×0.10 + 100×0.05 = 30
    // X: price 1260000/1260000×100 = 100 → 60;   tech 20 → 2;  total 30 + 60 + 2 = 92.00
    // Y: price 1260000/1400000×100 = 90 → 54;    tech 80 → 8;  total 30 + 54 + 8 = 92.00
    const result = scoreBids(battery, [x, y]);
    expect(result.bids.map((r) => [r.bidId, r.scores.price, r.scores.total, r.rank])).toEqual([
      ['bid-y', 90, 92, 1],
      ['bid-x', 100, 92, 2],
    ]);
  });

  it('compares the rounded totals the protocol shows, not hidden third decimals', () => {
    const priceAndTech: Criterion[] = [
      { code: 'price', weight: 60 },
      { code: 'technology', weight: 40 },
    ];
    const later = bid('bid-x', '2026-03-03T10:00:00Z', '1280000.00', '80.01');
    const earlier = bid('bid-y', '2026-03-02T10:00:00Z', '1280128.00', '80.01');
    // later:   price 100 → 100×0.6 = 60;  tech 80.01×0.4 = 32.004;  60 + 32.004 = 92.004 → 92.00
    // earlier: price 1280000/1280128×100: 1280128×0.9999 = 1279999.9872 < 1280000 and
    //          1280128×0.99995 = 1280064.0064 > 1280000, so 99.99 ≤ score < 99.995 → 99.99
    //          99.99×0.6 = 59.994;  59.994 + 32.004 = 91.998 → 92.00
    // Both show 92.00, so the earlier version wins though its unrounded sum is lower.
    const result = scoreBids(priceAndTech, [later, earlier]);
    expect(result.bids).toEqual([
      { bidId: 'bid-y', scores: { price: 99.99, technology: 80.01, total: 92 }, rank: 1 },
      { bidId: 'bid-x', scores: { price: 100, technology: 80.01, total: 92 }, rank: 2 },
    ]);
  });

  it('falls back to bidId in code-unit order when the instants are equal too', () => {
    // Same offer, same instant: every score equal. 'BID-2' < 'bid-1' < 'bid-3' by UTF-16
    // code units ('B' is 0x42, 'b' 0x62); localeCompare would put 'bid-1' first.
    const at = '2026-03-02T10:00:00.000Z';
    const bids = ['bid-3', 'bid-1', 'BID-2'].map((id) => bid(id, at, '1300000.00', 75));
    const ranked = (input: AdmittedBid[]) =>
      scoreBids(battery, input).bids.map((r) => [r.bidId, r.rank]);
    expect(ranked(bids)).toEqual([
      ['BID-2', 1],
      ['bid-1', 2],
      ['bid-3', 3],
    ]);
    expect(ranked([...bids].reverse())).toEqual(ranked(bids));
  });
});
