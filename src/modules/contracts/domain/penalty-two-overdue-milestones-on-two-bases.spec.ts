import { aMilestone, noonMoscow, penaltyInput } from '../../../../test/support/penalty-fixtures';
import { computePenalties } from './penalty-calculator';

describe('two overdue milestones', () => {
  it('accrue each on its own tranche and its own days', () => {
    const result = computePenalties(
      penaltyInput({
        asOf: noonMoscow('2027-08-10'),
        obligations: [
          aMilestone({ entityId: 'site', valueRub: '150000000.00', dueOn: '2027-06-30' }),
          aMilestone({ entityId: 'building', valueRub: '600000000.00', dueOn: '2027-07-31' }),
        ],
      }),
    );
    // site: 150 000 000.00 × 0.16 / 300 × 41 (1 July – 10 August) = 3 280 000.00
    // building: 600 000 000.00 × 0.16 / 300 × 10 (1–10 August) = 3 200 000.00
    expect(result.items.map((i) => [i.entityId, i.days, i.baseRub, i.amountRub])).toEqual([
      ['site', 41, '150000000.00', '3280000.00'],
      ['building', 10, '600000000.00', '3200000.00'],
    ]);
    expect(result.accruedRub).toBe('6480000.00');
  });
});
