import { complianceStatus } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

describe('compliance: a new contract with nothing due yet', () => {
  it('is on track with nothing invested', () => {
    // 1 April 2026: the first milestone is due 15 June 2026, so 0.00 is due.
    const input = aComplianceInput({
      asOf: new Date('2026-04-01T09:00:00.000Z'),
      verifiedInvestmentRub: '0.00',
      milestones: plan('pending', 'pending', 'pending'),
    });
    expect(complianceStatus(input)).toBe('on_track');
  });
});
