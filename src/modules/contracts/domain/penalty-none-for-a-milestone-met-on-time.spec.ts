import { computePenalties, PenaltyInput } from './penalty-calculator';

// 300 000 000.00 RUB at 16.00 % → 300 000 000.00 × 16 / 30 000 = 160 000.00 a day.
const contract: Omit<PenaltyInput, 'milestones' | 'asOf'> = {
  contractValueRub: '300000000.00',
  acceptedDeliveriesRub: '0.00',
  keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }],
};
// Due 10 March 2026, end of the Moscow day.
const dueDate = new Date('2026-03-10T20:59:59.999Z');
const asOf = new Date('2026-06-01T09:00:00.000Z');
const none = { accruedRub: '0.00', capped: false, items: [] };

describe('a milestone met on time', () => {
  it('has no penalty when reported in the last minute of its due day', () => {
    // 23:59 MSK on 10 March = 20:59Z.
    const acceptedReportAt = new Date('2026-03-10T20:59:00.000Z');
    expect(
      computePenalties({
        ...contract,
        milestones: [{ milestoneId: 'land', dueDate, acceptedReportAt }],
        asOf,
      }),
    ).toEqual(none);
  });

  it('has no penalty when reported a week early', () => {
    const acceptedReportAt = new Date('2026-03-03T09:00:00.000Z');
    expect(
      computePenalties({
        ...contract,
        milestones: [{ milestoneId: 'land', dueDate, acceptedReportAt }],
        asOf,
      }),
    ).toEqual(none);
  });

  it('has no penalty while it is not yet due, and needs no key rate for that', () => {
    expect(
      computePenalties({
        ...contract,
        keyRates: [],
        milestones: [{ milestoneId: 'land', dueDate, acceptedReportAt: null }],
        asOf: new Date('2026-03-01T09:00:00.000Z'),
      }),
    ).toEqual(none);
  });

  it('adds nothing beside a late one: only the late milestone is charged', () => {
    // 'permit' reported 10:00 MSK 12 March → 11 and 12 March: 2 × 160 000.00 = 320 000.00.
    const result = computePenalties({
      ...contract,
      milestones: [
        { milestoneId: 'land', dueDate, acceptedReportAt: new Date('2026-03-09T09:00:00.000Z') },
        { milestoneId: 'permit', dueDate, acceptedReportAt: new Date('2026-03-12T07:00:00.000Z') },
      ],
      asOf,
    });
    expect(result.items.map((item) => [item.milestoneId, item.day])).toEqual([
      ['permit', '2026-03-11'],
      ['permit', '2026-03-12'],
    ]);
    expect(result.accruedRub).toBe('320000.00');
  });
});
