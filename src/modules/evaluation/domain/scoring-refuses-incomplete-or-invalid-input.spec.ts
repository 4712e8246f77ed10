import { DomainError } from '../../../common/errors/domain-error';
import { AdmittedBid, meanExpertScore, scoreBids } from './pp2604-scoring';
import { BATTERY_BIDS, battery } from '../../../../test/support/scoring-fixtures';

const sound = BATTERY_BIDS.a;

describe('pp2604 scoring refuses what it cannot score', () => {
  it('names the bids still missing a technology score (EVALUATION_INCOMPLETE)', () => {
    const unscored = { ...sound, bidId: 'bid-b', expertScores: {} };
    let thrown: unknown;
    try {
      scoreBids(battery, [sound, unscored]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'EVALUATION_INCOMPLETE', details: { bidIds: ['bid-b'] } });
  });

  it.each([
    ['a zero price (Pmin / 0)', { ...sound, values: { ...sound.values, unitPriceRub: '0.00' } }],
    ['a malformed amount', { ...sound, values: { ...sound.values, investmentRub: '3e9' } }],
    ['a negative build time', { ...sound, values: { ...sound.values, buildMonths: -1 } }],
    ['a technology score above 100', { ...sound, expertScores: { technology: '100.01' } }],
    ['an invalid date', { ...sound, submittedAt: new Date('not a date') }],
  ])('refuses %s', (_what, bid: AdmittedBid) =>
    expect(() => scoreBids(battery, [bid])).toThrow(RangeError),
  );

  it('refuses the same bid twice', () =>
    expect(() => scoreBids(battery, [sound, sound])).toThrow(RangeError));

  it('refuses criteria that do not sum to 100', () =>
    expect(() => scoreBids([{ code: 'price', weight: 60 }], [sound])).toThrow(RangeError));

  it.each([[[]], [[80, 101]], [[-1]], [[Number.NaN]]])('refuses the expert scores %p', (s) =>
    expect(() => meanExpertScore(s)).toThrow(RangeError),
  );
});
