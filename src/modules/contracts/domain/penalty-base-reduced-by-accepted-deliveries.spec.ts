import { computePenalties } from './penalty-calculator';

const keyRates = [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }];
// Due 10 March 2026; report accepted, submitted 10:00 MSK 13 March → 11, 12, 13 March.
const milestones = [
  {
    milestoneId: 'equipment',
    dueDate: new Date('2026-03-10T20:59:59.999Z'),
    acceptedReportAt: new Date('2026-03-13T07:00:00.000Z'),
  },
];
const asOf = new Date('2026-04-01T09:00:00.000Z');

describe('accepted deliveries reduce the penalty base', () => {
  it('charges on the value still to deliver', () => {
    // (300 000 000.00 − 120 000 000.00) × 16 / 30 000 = 180 000 000.00 × 16 / 30 000
    // = 96 000.00 a day; 3 days → 288 000.00 (without deliveries: 160 000.00 a day).
    const result = computePenalties({
      contractValueRub: '300000000.00',
      acceptedDeliveriesRub: '120000000.00',
      keyRates,
      milestones,
      asOf,
    });
    expect(result.items.map((item) => item.amountRub)).toEqual([
      '96000.00',
      '96000.00',
      '96000.00',
    ]);
    expect(result.accruedRub).toBe('288000.00');
  });

  it('charges nothing once everything has been delivered', () => {
    for (const delivered of ['300000000.00', '300000000.01']) {
      const result = computePenalties({
        contractValueRub: '300000000.00',
        acceptedDeliveriesRub: delivered,
        keyRates,
        milestones,
        asOf,
      });
      expect(result).toEqual({ accruedRub: '0.00', capped: false, items: [] });
    }
  });
});
