import { computePenalties } from './penalty-calculator';

describe('a day of delay before every known key rate', () => {
  it('is charged at the earliest rate rather than at nothing', () => {
    // The only rate, 17.00 %, takes effect on 5 June; the delay runs 1–9 June.
    // 300 000 000.00 × 17 / 30 000 = 170 000.00 a day; 9 days → 1 530 000.00.
    const result = computePenalties({
      contractValueRub: '300000000.00',
      acceptedDeliveriesRub: '0.00',
      keyRates: [{ effectiveFrom: '2025-06-05', ratePct: '17.00' }],
      milestones: [
        {
          milestoneId: 'construction',
          dueDate: new Date('2025-05-31T20:59:59.999Z'),
          acceptedReportAt: new Date('2025-06-09T09:00:00.000Z'),
        },
      ],
      asOf: new Date('2025-07-01T09:00:00.000Z'),
    });
    expect(result.items).toHaveLength(9);
    expect(result.items[0]).toEqual({
      milestoneId: 'construction',
      day: '2025-06-01',
      keyRatePct: '17.00',
      amountRub: '170000.00',
    });
    expect(result.items.every((item) => item.keyRatePct === '17.00')).toBe(true);
    expect(result.accruedRub).toBe('1530000.00');
  });
});
