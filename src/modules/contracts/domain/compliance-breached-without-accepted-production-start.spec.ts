import { complianceStatus } from './compliance';
import {
  aComplianceInput,
  BUILD_DEADLINE,
  plan,
} from '../../../../test/support/compliance-fixture';

describe('compliance: the build deadline comes without an accepted production_start', () => {
  it('is breached from the deadline instant on, however much was invested', () => {
    for (const production of ['pending', 'reported', 'overdue'] as const) {
      const input = aComplianceInput({
        asOf: BUILD_DEADLINE,
        verifiedInvestmentRub: '3400000000.00',
        milestones: plan('met', 'met', production),
      });
      expect(complianceStatus(input)).toBe('breached');
    }
  });

  it('is not breached a millisecond before the deadline', () => {
    // Due by then: land 150 mn + construction 1 250 mn = 1 400 mn ≤ 3 400 mn verified.
    const input = aComplianceInput({
      asOf: new Date(BUILD_DEADLINE.getTime() - 1),
      verifiedInvestmentRub: '3400000000.00',
      milestones: plan('met', 'met', 'reported'),
    });
    expect(complianceStatus(input)).toBe('on_track');
  });

  it('counts a production_start accepted late (met_late) as accepted', () => {
    // All three due by 1 Oct 2028: 3 400 mn planned, 3 400 mn verified.
    const input = aComplianceInput({
      asOf: new Date('2028-10-01T09:00:00.000Z'),
      verifiedInvestmentRub: '3400000000.00',
      milestones: plan('met', 'met_late', 'met_late'),
    });
    expect(complianceStatus(input)).toBe('on_track');
  });
});
