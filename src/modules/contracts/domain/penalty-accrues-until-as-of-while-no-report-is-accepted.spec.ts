import { computePenalties, PenaltyInput } from './penalty-calculator';

// 15 840 000 000.00 RUB at 16.00 %: 0.16 / 300 × 15 840 000 000.00 = 8 448 000.00 a day.
const battery: Omit<PenaltyInput, 'milestones' | 'asOf'> = {
  contractValueRub: '15840000000.00',
  acceptedDeliveriesRub: '0.00',
  keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }],
};
// Due 10 March 2026, end of the Moscow day.
const dueDate = new Date('2026-03-10T20:59:59.999Z');

describe('a milestone still without an accepted report', () => {
  it('accrues through the Moscow day of asOf, today included', () => {
    // asOf 13:00 MSK on 13 March → 11, 12, 13 March: 3 × 8 448 000.00 = 25 344 000.00.
    const result = computePenalties({
      ...battery,
      milestones: [{ milestoneId: 'permit', dueDate, acceptedReportAt: null }],
      asOf: new Date('2026-03-13T10:00:00.000Z'),
    });
    expect(result.items.map((item) => item.day)).toEqual([
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
    expect(result.accruedRub).toBe('25344000.00');
  });

  it('has no items while its due day lasts', () => {
    // asOf 23:00 MSK on the due day itself.
    const result = computePenalties({
      ...battery,
      milestones: [{ milestoneId: 'permit', dueDate, acceptedReportAt: null }],
      asOf: new Date('2026-03-10T20:00:00.000Z'),
    });
    expect(result).toEqual({ accruedRub: '0.00', capped: false, items: [] });
  });

  it('ignores a report accepted after asOf: as of then, the delay was still running', () => {
    // Report on 20 March, asOf 13 March → still 11–13 March only: 25 344 000.00.
    const result = computePenalties({
      ...battery,
      milestones: [
        {
          milestoneId: 'permit',
          dueDate,
          acceptedReportAt: new Date('2026-03-20T07:00:00.000Z'),
        },
      ],
      asOf: new Date('2026-03-13T10:00:00.000Z'),
    });
    expect(result.items).toHaveLength(3);
    expect(result.accruedRub).toBe('25344000.00');
  });
});
