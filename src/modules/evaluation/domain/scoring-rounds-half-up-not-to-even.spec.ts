import { meanExpertScore } from './pp2604-scoring';
import { aScoredBid, offer, scoresOf } from '../../../../test/support/scoring-fixtures';

const bid = (
  id: string,
  [price, investment, months, localization]: [string, string, number, number],
  technology: string | number,
) => aScoredBid(id, { values: offer(price, investment, months, localization), technology });

describe('pp2604 rounds half-up (x.xx5 → up), never to even', () => {
  // Eight members scored 70, 71, 72, 73, 73, 74, 74, 74: sum 581, mean 581 / 8 = 72.625.
  const meanOfEight = meanExpertScore([70, 71, 72, 73, 73, 74, 74, 74]);
  const p = bid('bid-p', ['1256000.00', '3000000000.00', 34, 50], meanOfEight);
  const q = bid('bid-q', ['1280000.00', '3001000000.00', 36, 60], 80);
  const r = bid('bid-r', ['1350000.00', '3800000000.00', 27, 70], 75);
  const scores = scoresOf([p, q, r]);

  it('computes the experts mean exactly', () => expect(meanOfEight).toBe('72.625'));

  it('rounds criterion scores with a 5 at the third decimal up', () => {
    // price Q: 1256000 / 1280000 = 0.98125 → 98.125 → 98.13 (to even: 98.12)
    // investment Q: Xmin 3.0 bn, Xmax 3.8 bn; (3.001 − 3.0) / 0.8 = 0.00125 → 0.125
    //   → 0.13 (to even: 0.12)
    // technology P: 72.625 → 72.63 (to even: 72.62)
    expect(scores['bid-q']).toMatchObject({ price: 98.13, investment: 0.13 });
    expect(scores['bid-p']).toMatchObject({ technology: 72.63 });
  });

  it('rounds a total with a 5 at the third decimal up', () => {
    // P: price 100 (Pmin); investment 0 (Xmin); localization 0 (Xmin 50, span 50–70);
    //    buildTime Xmin 27 (R), Xmax 36 (Q), span 9: (36 − 34) / 9 = 22.222… → 22.22
    //    total 100×0.6 + 0×0.15 + 22.22×0.1 + 0×0.05 + 72.63×0.1
    //        = 60 + 0 + 2.222 + 0 + 7.263 = 69.485 → 69.49
    //    (to even: 69.48; a JS float too: (69.485).toFixed(2) is "69.48")
    expect(scores['bid-p']).toEqual({
      price: 100,
      investment: 0,
      buildTime: 22.22,
      localization: 0,
      technology: 72.63,
      total: 69.49,
    });
  });

  it('scores the other two bids of the same tender', () => {
    // Q: 98.13×0.6 + 0.13×0.15 + 0×0.1 + (60 − 50)/20 = 50 → 50×0.05 + 80×0.1
    //    = 58.878 + 0.0195 + 0 + 2.5 + 8 = 69.3975 → 69.40
    // R: price 1256000 / 1350000 × 100 = 93.0370… → 93.04
    //    93.04×0.6 + 100×0.15 + 100×0.1 + 100×0.05 + 75×0.1
    //    = 55.824 + 15 + 10 + 5 + 7.5 = 93.324 → 93.32
    expect(scores['bid-q']).toEqual({
      price: 98.13,
      investment: 0.13,
      buildTime: 0,
      localization: 50,
      technology: 80,
      total: 69.4,
    });
    expect(scores['bid-r']).toEqual({
      price: 93.04,
      investment: 100,
      buildTime: 100,
      localization: 100,
      technology: 75,
      total: 93.32,
    });
  });
});
