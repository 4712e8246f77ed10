import { complianceStatus } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

// 1 October 2028: after the build deadline and after every milestone's due date.
const asOf = new Date('2028-10-01T09:00:00.000Z');

describe('compliance: verified investment below the minimum at the build deadline', () => {
  it('is breached a kopeck below the 3 000 000 000.00 minimum, production notwithstanding', () => {
    const input = aComplianceInput({
      asOf,
      verifiedInvestmentRub: '2999999999.99',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceStatus(input)).toBe('breached');
  });

  it('is only at risk at the minimum itself when the plan promised more', () => {
    // 3 000 000 000.00 ≥ the minimum, but < 150 mn + 1 250 mn + 2 000 mn = 3 400 mn due.
    const input = aComplianceInput({
      asOf,
      verifiedInvestmentRub: '3000000000.00',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceStatus(input)).toBe('at_risk');
  });
});
