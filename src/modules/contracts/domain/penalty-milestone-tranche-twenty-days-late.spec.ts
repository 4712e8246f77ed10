import {
  aMilestone,
  CONTRACT_VALUE_RUB,
  noonMoscow,
  penaltyInput,
} from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

describe('a build milestone with a 150 mn tranche, 20 days late', () => {
  it('accrues on the tranche, not on the contract value', () => {
    const result = computePenalties(
      penaltyInput({
        contractValueRub: CONTRACT_VALUE_RUB,
        asOf: noonMoscow('2027-07-20'),
        obligations: [aMilestone({ dueOn: '2027-06-30' })],
      }),
    );
    // 150 000 000.00 × 0.16 / 300 × 20 = 1 600 000.00 (on 16.7 bn it would be 178 133 333.33)
    expect(result.items).toEqual([
      expect.objectContaining({
        basis: 'MILESTONE_DELAY',
        from: '2027-07-01',
        to: '2027-07-20',
        days: 20,
        baseRub: '150000000.00',
        amountRub: '1600000.00',
      }),
    ]);
    expect(result.accruedRub).toBe('1600000.00');
  });

  it('stops on the day of the report that was accepted', () => {
    const result = computePenalties(
      penaltyInput({
        asOf: noonMoscow('2027-09-01'),
        obligations: [
          aMilestone({
            fulfilments: [{ on: '2027-07-22', valueRub: '150000000.00' }],
            endedOn: '2027-07-20',
          }),
        ],
      }),
    );
    expect(result.accruedRub).toBe('1600000.00');
  });

  it('charges nothing on a milestone without a tranche', () => {
    const result = computePenalties(
      penaltyInput({ obligations: [aMilestone({ valueRub: '0.00' })] }),
    );
    expect(result.items).toEqual([]);
  });
});
