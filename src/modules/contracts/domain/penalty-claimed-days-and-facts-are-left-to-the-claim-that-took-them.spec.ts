import {
  aFine,
  aMilestone,
  noonMoscow,
  penaltyInput,
} from '../../../../test/support/penalty-fixtures';
import { computePenalties, coverageKey, fineKey } from './penalty-calculator';

describe('what earlier claims covered', () => {
  const milestone = aMilestone({ dueOn: '2027-06-30' });
  const fine = aFine({ on: '2027-07-01' });

  it('leaves a later claim only the days after and the facts not yet claimed', () => {
    const result = computePenalties(
      penaltyInput({
        asOf: noonMoscow('2027-07-25'),
        obligations: [milestone],
        fines: [fine],
        claimed: {
          delayThrough: { [coverageKey(milestone)]: '2027-07-20' },
          fines: [fineKey(fine)],
          amountRub: '1700000.00',
        },
      }),
    );
    // 21–25 July: 150 000 000.00 × 0.16 / 300 × 5 = 400 000.00
    expect(result.items.map((i) => [i.basis, i.from, i.to, i.amountRub])).toEqual([
      ['MILESTONE_DELAY', '2027-07-21', '2027-07-25', '400000.00'],
    ]);
  });

  it('leaves nothing when nothing new accrued', () => {
    const result = computePenalties(
      penaltyInput({
        asOf: noonMoscow('2027-07-20'),
        obligations: [milestone],
        claimed: {
          delayThrough: { [coverageKey(milestone)]: '2027-07-20' },
          fines: [],
          amountRub: '1600000.00',
        },
      }),
    );
    expect(result).toMatchObject({ accruedRub: '0.00', items: [] });
  });
});
