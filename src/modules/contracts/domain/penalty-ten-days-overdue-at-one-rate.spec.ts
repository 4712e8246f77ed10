import { computePenalties, PenaltyInput } from './penalty-calculator';

// The battery contract: 12 000 packs × 1 320 000.00 = 15 840 000 000.00 RUB, nothing delivered.
// Key rate 16.00 % → one day of delay = 0.16 / 300 × 15 840 000 000.00 = 8 448 000.00 RUB.
const battery: Omit<PenaltyInput, 'milestones' | 'asOf'> = {
  contractValueRub: '15840000000.00',
  acceptedDeliveriesRub: '0.00',
  keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }],
};
// Due on D = 10 March 2026: the end of that Moscow day, 23:59:59.999 MSK = 20:59:59.999Z.
const dueDate = new Date('2026-03-10T20:59:59.999Z');
const asOf = new Date('2026-04-01T09:00:00.000Z');

function reportedAt(acceptedReportAt: Date) {
  return computePenalties({
    ...battery,
    milestones: [{ milestoneId: 'land', dueDate, acceptedReportAt }],
    asOf,
  });
}

describe('a milestone 10 days overdue at one key rate', () => {
  it('accrues D+1 … D+10 (11–20 March) at 8 448 000.00 a day: 84 480 000.00', () => {
    // Reported at 10:00 MSK on D+10 = 20 March 2026, 07:00Z.
    const result = reportedAt(new Date('2026-03-20T07:00:00.000Z'));

    expect(result.items.map((item) => item.day)).toEqual([
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
    ]);
    for (const item of result.items) {
      expect(item).toEqual({
        milestoneId: 'land',
        day: item.day,
        keyRatePct: '16.00',
        amountRub: '8448000.00',
      });
    }
    // 10 × 8 448 000.00
    expect(result.accruedRub).toBe('84480000.00');
    expect(result.capped).toBe(false);
  });

  it('counts Moscow days: 23:30 MSK on D+10 is still 10 days, 00:30 MSK on D+11 is 11', () => {
    // 23:30 MSK on 20 March = 20:30Z on 20 March → 10 days = 84 480 000.00.
    expect(reportedAt(new Date('2026-03-20T20:30:00.000Z')).accruedRub).toBe('84480000.00');
    // 00:30 MSK on 21 March = 21:30Z on 20 March → 11 days = 11 × 8 448 000.00 = 92 928 000.00.
    const late = reportedAt(new Date('2026-03-20T21:30:00.000Z'));
    expect(late.items).toHaveLength(11);
    expect(late.items[10].day).toBe('2026-03-21');
    expect(late.accruedRub).toBe('92928000.00');
  });

  it('rounds each day half-up to kopecks before adding the days up', () => {
    // 10.00 RUB at 15.00 %: 0.15 / 300 × 10.00 = 0.005 → 0.01 half-up (half-even would give
    // 0.00); three days (11–13 March) → 0.03, not 0.015 rounded once.
    const tiny = computePenalties({
      contractValueRub: '10.00',
      acceptedDeliveriesRub: '0.00',
      keyRates: [{ effectiveFrom: '2026-01-01', ratePct: '15.00' }],
      milestones: [
        { milestoneId: 'land', dueDate, acceptedReportAt: new Date('2026-03-13T07:00:00.000Z') },
      ],
      asOf,
    });
    expect(tiny.items.map((item) => item.amountRub)).toEqual(['0.01', '0.01', '0.01']);
    expect(tiny.accruedRub).toBe('0.03');

    // 1 234 567.89 RUB at 16.00 %: 1 234 567.89 × 16 / 30 000 = 19 753 086.24 / 30 000
    // = 658.436208 → 658.44 a day; one day (11 March).
    const odd = computePenalties({
      contractValueRub: '1234567.89',
      acceptedDeliveriesRub: '0.00',
      keyRates: [{ effectiveFrom: '2026-01-01', ratePct: '16.00' }],
      milestones: [
        { milestoneId: 'land', dueDate, acceptedReportAt: new Date('2026-03-11T07:00:00.000Z') },
      ],
      asOf,
    });
    expect(odd.items).toEqual([
      { milestoneId: 'land', day: '2026-03-11', keyRatePct: '16.00', amountRub: '658.44' },
    ]);
    expect(odd.accruedRub).toBe('658.44');
  });
});
