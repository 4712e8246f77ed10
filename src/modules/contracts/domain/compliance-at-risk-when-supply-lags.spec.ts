import { complianceFindings, complianceStatus, termOutcome } from './compliance';
import { aComplianceInput, plan } from '../../../../test/support/compliance-fixture';

describe('compliance: supply lagging, reports missing, localization short', () => {
  const base = {
    asOf: new Date('2027-04-01T09:00:00.000Z'),
    verifiedInvestmentRub: '1400000000.00',
    milestones: plan('met', 'met', 'pending'),
  };
  const order = (status: string) => ({ id: 'o1', status, item: 'main', stageYear: 4 });

  it('is at risk with an overdue order, breached once it is closed as failed', () => {
    const overdue = aComplianceInput({ ...base, orders: [order('overdue')] });
    expect(complianceFindings(overdue).map((f) => [f.code, f.entityType, f.entityId])).toEqual([
      ['ORDER_OVERDUE', 'order', 'o1'],
    ]);
    expect(complianceStatus(overdue)).toBe('at_risk');
    expect(complianceStatus(aComplianceInput({ ...base, orders: [order('failed')] }))).toBe(
      'breached',
    );
    expect(complianceStatus(aComplianceInput({ ...base, orders: [order('fulfilled_late')] }))).toBe(
      'on_track',
    );
  });

  it('is at risk with a missing production report or localization below the offer', () => {
    const missing = aComplianceInput({ ...base, missingProductionReportYears: [2026] });
    expect(complianceFindings(missing).map((f) => f.code)).toEqual(['PRODUCTION_REPORT_MISSING']);
    expect(complianceStatus(missing)).toBe('at_risk');
    const short = aComplianceInput({ ...base, confirmedLocalizationPct: 60 });
    expect(complianceFindings(short).map((f) => f.code)).toEqual(['LOCALIZATION_BELOW_OFFER']);
    expect(complianceStatus(short)).toBe('at_risk');
    expect(complianceStatus(aComplianceInput({ ...base, confirmedLocalizationPct: 65 }))).toBe(
      'on_track',
    );
  });

  it('ends the term fulfilled only with nothing breached, every order fulfilled, every milestone met', () => {
    const met = [{ status: 'met' }, { status: 'met_late' }];
    expect(termOutcome([], [{ status: 'fulfilled' }, { status: 'fulfilled_late' }], met)).toBe(
      'fulfilled',
    );
    expect(termOutcome([], [{ status: 'placed' }], met)).toBe('breached');
    expect(termOutcome([], [], [{ status: 'overdue' }])).toBe('breached');
    const breach = complianceFindings(aComplianceInput({ ...base, orders: [order('failed')] }));
    expect(termOutcome(breach, [], met)).toBe('breached');
  });
});
