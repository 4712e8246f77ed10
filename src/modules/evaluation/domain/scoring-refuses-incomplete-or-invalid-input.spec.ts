import { DomainError } from '../../../common/errors/domain-error';
import type { Criterion } from '../../tenders/domain/criteria';
import { AdmittedBid, meanExpertScore, scoreBids } from './pp2604-scoring';

const battery: Criterion[] = [
  { code: 'price', weight: 60 },
  { code: 'investment', weight: 15 },
  { code: 'buildTime', weight: 10 },
  { code: 'localization', weight: 5 },
  { code: 'technology', weight: 10 },
];

const sound: AdmittedBid = {
  bidId: 'bid-a',
  submittedAt: new Date('2026-03-02T09:00:00Z'),
  values: {
    unitPriceRub: '1320000.00',
    investmentRub: '3400000000.00',
    buildMonths: 30,
    localizationPct: 65,
  },
  expertScores: { technology: 80 },
};

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
