import { computePenalties } from './penalty-calculator';

const keyRates = [{ effectiveFrom: '2024-01-01', ratePct: '30.00' }];

describe('penalties capped at the contract value', () => {
  it('cuts the item that crosses the cap and drops every later one', () => {
    // 3 001.00 RUB at 30.00 %: 3 001.00 × 30 / 30 000 = 3.001 → 3.00 a day.
    // Due 1 Jan 2025, never reported; asOf 1 Jan 2028 → 2 Jan 2025 … 1 Jan 2028 = 1 095 days
    // = 3 285.00 uncapped, above the cap of 3 001.00.
    // Days 1–1 000 (2 Jan 2025 … 28 Sep 2027) add up to 3 000.00; day 1 001, 29 Sep 2027
    // (1 Jan 2027 + 271 days), is cut to the 1.00 left.
    const result = computePenalties({
      contractValueRub: '3001.00',
      acceptedDeliveriesRub: '0.00',
      keyRates,
      milestones: [
        {
          milestoneId: 'plant',
          dueDate: new Date('2025-01-01T20:59:59.999Z'),
          acceptedReportAt: null,
        },
      ],
      asOf: new Date('2028-01-01T09:00:00.000Z'),
    });

    expect(result.capped).toBe(true);
    expect(result.accruedRub).toBe('3001.00');
    expect(result.items).toHaveLength(1001);
    expect(result.items[0]).toMatchObject({ day: '2025-01-02', amountRub: '3.00' });
    expect(result.items[999]).toMatchObject({ day: '2027-09-28', amountRub: '3.00' });
    expect(result.items[1000]).toEqual({
      milestoneId: 'plant',
      day: '2027-09-29',
      keyRatePct: '30.00',
      amountRub: '1.00',
    });
  });

  it('adds milestones up day by day, in their given order, before cutting', () => {
    // 1 000.50 RUB at 30.00 %: 1 000.50 × 30 / 30 000 = 1.0005 → 1.00 a day per milestone.
    // 'land' due 1 Jan 2025 is late from 2 Jan; 'permit' due 2 Jan from 3 Jan. After k days
    // of 'land' there are 2k − 1 items; items 1–1 000 make 1 000.00, so item 1 001 is
    // 'permit' on k = 501, 2025-01-01 + 501 days = 17 May 2026, cut to 0.50.
    const result = computePenalties({
      contractValueRub: '1000.50',
      acceptedDeliveriesRub: '0.00',
      keyRates,
      milestones: [
        {
          milestoneId: 'land',
          dueDate: new Date('2025-01-01T20:59:59.999Z'),
          acceptedReportAt: null,
        },
        {
          milestoneId: 'permit',
          dueDate: new Date('2025-01-02T20:59:59.999Z'),
          acceptedReportAt: null,
        },
      ],
      asOf: new Date('2026-12-31T09:00:00.000Z'),
    });

    expect(result.items.slice(0, 3).map((item) => [item.day, item.milestoneId])).toEqual([
      ['2025-01-02', 'land'],
      ['2025-01-03', 'land'],
      ['2025-01-03', 'permit'],
    ]);
    expect(result.items).toHaveLength(1001);
    expect(result.items.slice(-2)).toEqual([
      { milestoneId: 'land', day: '2026-05-17', keyRatePct: '30.00', amountRub: '1.00' },
      { milestoneId: 'permit', day: '2026-05-17', keyRatePct: '30.00', amountRub: '0.50' },
    ]);
    expect(result).toMatchObject({ accruedRub: '1000.50', capped: true });
  });
});
