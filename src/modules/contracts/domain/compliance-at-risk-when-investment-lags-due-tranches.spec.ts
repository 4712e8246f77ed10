import { complianceStatus } from './compliance';
import {
  aComplianceInput,
  CONSTRUCTION_DUE,
  plan,
} from '../../../../test/support/compliance-fixture';

// Construction is reported (under review, so not overdue) when its due date passes.
const milestones = plan('met', 'reported', 'pending');

describe('compliance: verified investment behind the tranches already due', () => {
  it('is at risk once a due date passes with its tranche unverified', () => {
    // At the construction due instant: 150 mn + 1 250 mn = 1 400 mn due, 150 mn verified.
    const input = aComplianceInput({
      asOf: CONSTRUCTION_DUE,
      verifiedInvestmentRub: '150000000.00',
      milestones,
    });
    expect(complianceStatus(input)).toBe('at_risk');
  });

  it('is on track a millisecond earlier, when only the land tranche (150 mn) is due', () => {
    const input = aComplianceInput({
      asOf: new Date(CONSTRUCTION_DUE.getTime() - 1),
      verifiedInvestmentRub: '150000000.00',
      milestones,
    });
    expect(complianceStatus(input)).toBe('on_track');
  });

  it('is on track again when verified investment reaches the 1 400 mn due', () => {
    const input = aComplianceInput({
      asOf: CONSTRUCTION_DUE,
      verifiedInvestmentRub: '1400000000.00',
      milestones,
    });
    expect(complianceStatus(input)).toBe('on_track');
  });
});
