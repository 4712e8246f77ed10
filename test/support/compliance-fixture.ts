import type {
  ComplianceInput,
  ComplianceMilestone,
} from '../../src/modules/contracts/domain/compliance';

// Signed 15 March 2026 12:00 MSK with buildMonths 30: the plan of test/support's aBid.
// Milestones fall due at the end of the Moscow day (20:59:59.999Z).
export const LAND_DUE = new Date('2026-06-15T20:59:59.999Z');
export const CONSTRUCTION_DUE = new Date('2026-12-15T20:59:59.999Z');
export const PRODUCTION_DUE = new Date('2028-09-15T20:59:59.999Z');
export const BUILD_DEADLINE = new Date('2028-09-15T09:00:00.000Z');

type Status = ComplianceMilestone['status'];

/** The three-milestone plan (150 mn + 1 250 mn + 2 000 mn = 3 400 mn), statuses as given. */
export function plan(
  land: Status,
  construction: Status,
  production: Status,
): ComplianceMilestone[] {
  return [
    { code: 'land_secured', status: land, dueDate: LAND_DUE, plannedInvestmentRub: '150000000.00' },
    {
      code: 'construction_started',
      status: construction,
      dueDate: CONSTRUCTION_DUE,
      plannedInvestmentRub: '1250000000.00',
    },
    {
      code: 'production_start',
      status: production,
      dueDate: PRODUCTION_DUE,
      plannedInvestmentRub: '2000000000.00',
    },
  ];
}

export function aComplianceInput(overrides: Partial<ComplianceInput>): ComplianceInput {
  return {
    asOf: new Date('2026-04-01T09:00:00.000Z'),
    buildDeadline: BUILD_DEADLINE,
    contractId: 'k1',
    // The bid's offer (aBid): above the tender's 3 000 000 000.00 minimum.
    promised: { investmentRub: '3400000000.00', localizationPct: 65 },
    verifiedInvestmentRub: '0.00',
    milestones: plan('pending', 'pending', 'pending'),
    ...overrides,
  };
}
