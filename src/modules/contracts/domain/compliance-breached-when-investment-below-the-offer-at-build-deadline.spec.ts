import { complianceFindings, complianceStatus } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

// 1 October 2028: after the build deadline and after every milestone's due date.
const asOf = new Date('2028-10-01T09:00:00.000Z');

describe('compliance: verified investment below the offer at the build deadline', () => {
  it('is breached a kopeck below the tender minimum, production notwithstanding', () => {
    const input = aComplianceInput({
      asOf,
      verifiedInvestmentRub: '2999999999.99',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceStatus(input)).toBe('breached');
  });

  it('is INVESTMENT_BELOW_OFFER and breached between the tender minimum and the bid’s offer', () => {
    // 3 000 000 000.00 meets the tender's minimum but not the 3 400 000 000.00 offered.
    const input = aComplianceInput({
      asOf,
      verifiedInvestmentRub: '3000000000.00',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceFindings(input).map((f) => [f.code, f.entityType, f.entityId])).toEqual([
      ['INVESTMENT_BELOW_OFFER', 'contract', 'k1'],
      ['INVESTMENT_BEHIND_SCHEDULE', 'contract', 'k1'],
    ]);
    expect(complianceStatus(input)).toBe('breached');
  });

  it('has no finding at or above the offer', () => {
    const input = aComplianceInput({
      asOf,
      verifiedInvestmentRub: '3400000000.00',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceFindings(input)).toEqual([]);
    expect(complianceStatus(input)).toBe('on_track');
  });

  it('is not judged before the build deadline', () => {
    const input = aComplianceInput({
      asOf: new Date('2028-09-15T08:59:59.999Z'),
      verifiedInvestmentRub: '3400000000.00',
      milestones: plan('met', 'met', 'met'),
    });
    expect(complianceStatus(input)).toBe('on_track');
  });
});
