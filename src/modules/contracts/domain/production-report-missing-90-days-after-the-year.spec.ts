import {
  productionReportDueAt,
  productionReportProblem,
  productionReportsDue,
} from './production-reports';

describe('a production report missing 90 days after the year', () => {
  it('is due at the end of the 90th Moscow day after 31 December', () => {
    // 2030 + 90 days = 31 March 2031; 2031 is not a leap year.
    expect(productionReportDueAt(2030).toISOString()).toBe('2031-03-31T20:59:59.999Z');
    // 2031 + 90 days = 30 March 2032 (29 February counts).
    expect(productionReportDueAt(2031).toISOString()).toBe('2032-03-30T20:59:59.999Z');
  });

  it('falls missing 1 ms after, for years with deliveries and no accepted report or recorded miss', () => {
    expect(
      productionReportsDue({
        deliveryYears: [2030, 2031, 2032],
        reportedYears: [2031],
        missedYears: [2032],
      }),
    ).toEqual([
      {
        year: 2030,
        dueAt: new Date('2031-03-31T20:59:59.999Z'),
        at: new Date('2031-03-31T21:00:00.000Z'),
      },
    ]);
  });

  it('is refused for a year not ended, without accepted deliveries, or naming a foreign item', () => {
    const ctx = { currentYear: 2031, deliveryYears: [2030], itemCodes: ['main'] };
    const refused = (report: { year: number; producedByItem: Record<string, number> }) => {
      const problem = productionReportProblem(report, ctx);
      return problem && { field: problem.field, constraints: problem.constraints };
    };
    expect(refused({ year: 2031, producedByItem: {} })).toEqual({
      field: 'year',
      constraints: [{ code: 'yearNotEnded', args: [2031] }],
    });
    expect(refused({ year: 2029, producedByItem: {} })).toEqual({
      field: 'year',
      constraints: [{ code: 'yearWithoutDeliveries', args: [2029] }],
    });
    expect(refused({ year: 2030, producedByItem: { x: 1 } })).toEqual({
      field: 'producedByItem',
      constraints: [{ code: 'unknownItem', args: ['x'] }],
    });
    expect(refused({ year: 2030, producedByItem: { main: -1 } })).toEqual({
      field: 'producedByItem',
      constraints: [{ code: 'unitsWholeNonNegative', args: ['main'] }],
    });
    expect(productionReportProblem({ year: 2030, producedByItem: { main: 5000 } }, ctx)).toBeNull();
  });
});
