import { complianceStatus } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

describe('compliance: a milestone is overdue', () => {
  it('is at risk even with investment ahead of the plan', () => {
    // 1 July 2026: only land (150 mn) is due; 500 mn verified, yet land is overdue.
    const input = aComplianceInput({
      asOf: new Date('2026-07-01T09:00:00.000Z'),
      verifiedInvestmentRub: '500000000.00',
      milestones: plan('overdue', 'pending', 'pending'),
    });
    expect(complianceStatus(input)).toBe('at_risk');
  });
});
