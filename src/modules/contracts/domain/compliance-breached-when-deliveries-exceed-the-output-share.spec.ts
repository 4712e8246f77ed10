import { complianceFindings, complianceStatus } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

describe('compliance: deliveries above 30 % of the reported output', () => {
  const base = {
    asOf: new Date('2027-04-01T09:00:00.000Z'),
    verifiedInvestmentRub: '1400000000.00',
    milestones: plan('met', 'met', 'pending'),
  };
  const share = (units: number, maxSharePct: number | null = 30) => ({
    maxSharePct,
    reports: [{ id: 'r2026', year: 2026, producedByItem: { main: 5000 } }],
    acceptedUnits: [{ year: 2026, item: 'main', units }],
  });

  it('is OUTPUT_SHARE_EXCEEDED and breached one unit above 30 % of production', () => {
    const input = aComplianceInput({ ...base, outputShare: share(1501) });
    expect(complianceFindings(input)).toEqual([
      {
        code: 'OUTPUT_SHARE_EXCEEDED',
        message: '1501 of main accepted in 2026 exceed 30 % of the 5000 produced',
        entityType: 'production_report',
        entityId: 'r2026',
      },
    ]);
    expect(complianceStatus(input)).toBe('breached');
  });

  it('is on track at exactly 30 %, and with no limit at all', () => {
    expect(complianceStatus(aComplianceInput({ ...base, outputShare: share(1500) }))).toBe(
      'on_track',
    );
    expect(complianceStatus(aComplianceInput({ ...base, outputShare: share(5000, null) }))).toBe(
      'on_track',
    );
  });
});
