import { computePenalties } from './penalty-calculator';

// 300 000 000.00 RUB, nothing delivered: a day at 21.00 % = 300 000 000.00 × 21 / 30 000
// = 210 000.00; a day at 17.00 % = 300 000 000.00 × 17 / 30 000 = 170 000.00.
// Due 31 May 2025 (end of the Moscow day); report accepted, submitted 12:00 MSK 9 June.
const milestone = {
  milestoneId: 'construction',
  dueDate: new Date('2025-05-31T20:59:59.999Z'),
  acceptedReportAt: new Date('2025-06-09T09:00:00.000Z'),
};

describe('a key-rate change in the middle of the delay', () => {
  it('charges each day at the rate in force that day', () => {
    const result = computePenalties({
      contractValueRub: '300000000.00',
      acceptedDeliveriesRub: '0.00',
      // Given newest first: the calculator orders them itself.
      keyRates: [
        { effectiveFrom: '2025-06-05', ratePct: '17.00' },
        { effectiveFrom: '2025-01-01', ratePct: '21.00' },
      ],
      milestones: [milestone],
      asOf: new Date('2025-07-01T09:00:00.000Z'),
    });

    // 1–4 June at 21.00 %: 4 × 210 000.00 = 840 000.00.
    // 5–9 June at 17.00 % (5 June is its first day): 5 × 170 000.00 = 850 000.00.
    expect(result.items.map((item) => [item.day, item.keyRatePct, item.amountRub])).toEqual([
      ['2025-06-01', '21.00', '210000.00'],
      ['2025-06-02', '21.00', '210000.00'],
      ['2025-06-03', '21.00', '210000.00'],
      ['2025-06-04', '21.00', '210000.00'],
      ['2025-06-05', '17.00', '170000.00'],
      ['2025-06-06', '17.00', '170000.00'],
      ['2025-06-07', '17.00', '170000.00'],
      ['2025-06-08', '17.00', '170000.00'],
      ['2025-06-09', '17.00', '170000.00'],
    ]);
    // 840 000.00 + 850 000.00
    expect(result.accruedRub).toBe('1690000.00');
    expect(result.capped).toBe(false);
  });
});
