import { computePenalties, PenaltyInput } from './penalty-calculator';

const lateMilestone = {
  milestoneId: 'land',
  dueDate: new Date('2026-03-10T20:59:59.999Z'),
  acceptedReportAt: null,
};
const valid: PenaltyInput = {
  contractValueRub: '300000000.00',
  acceptedDeliveriesRub: '0.00',
  keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '16.00' }],
  milestones: [lateMilestone],
  asOf: new Date('2026-03-13T09:00:00.000Z'),
};

describe('penalty input that cannot be computed', () => {
  it.each<[string, Partial<PenaltyInput>]>([
    ['a float-looking contract value', { contractValueRub: '3e8' }],
    ['deliveries with 3 decimals', { acceptedDeliveriesRub: '1.005' }],
    ['a rate of 100 %', { keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '100.00' }] }],
    ['a rate with 3 decimals', { keyRates: [{ effectiveFrom: '2025-12-22', ratePct: '16.005' }] }],
    ['an impossible date', { keyRates: [{ effectiveFrom: '2026-02-30', ratePct: '16.00' }] }],
    [
      'two rates on one day',
      {
        keyRates: [
          { effectiveFrom: '2025-12-22', ratePct: '16.00' },
          { effectiveFrom: '2025-12-22', ratePct: '16.50' },
        ],
      },
    ],
    ['no key rate at all for a day of delay', { keyRates: [] }],
    ['an invalid asOf', { asOf: new Date('not a date') }],
  ])('throws a RangeError for %s', (_what, change) => {
    expect(() => computePenalties({ ...valid, ...change })).toThrow(RangeError);
  });
});
