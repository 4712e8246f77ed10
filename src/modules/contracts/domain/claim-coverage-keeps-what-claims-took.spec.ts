import type { PenaltyItem } from './penalty-calculator';
import { claimTotals, coverageOf } from './claim-coverage';

const delay = (entityId: string, from: string, to: string): PenaltyItem => ({
  kind: 'delay',
  basis: 'MILESTONE_DELAY',
  entityType: 'milestone',
  entityId,
  from,
  to,
  days: 1,
  baseRub: '150000000.00',
  amountRub: '80000.00',
});
const fine: PenaltyItem = {
  kind: 'fine',
  basis: 'BUILD_DEADLINE_MISSED',
  entityType: 'milestone',
  entityId: 'start',
  from: '2029-07-31',
  to: '2029-07-31',
  days: 0,
  baseRub: '16700000000.00',
  amountRub: '100000.00',
};

describe('what claims took', () => {
  const claims = [
    {
      status: 'paid' as const,
      amountRub: '500.00',
      paidRub: '500.00',
      items: [delay('a', '2027-07-01', '2027-07-20')],
    },
    {
      status: 'written_off' as const,
      amountRub: '300.00',
      paidRub: null,
      items: [delay('a', '2027-07-21', '2027-07-25'), fine],
    },
    {
      status: 'withdrawn' as const,
      amountRub: '700.00',
      paidRub: null,
      items: [delay('a', '2027-07-26', '2027-08-30'), delay('b', '2027-08-01', '2027-08-30')],
    },
    {
      status: 'issued' as const,
      amountRub: '200.00',
      paidRub: null,
      items: [delay('b', '2027-08-01', '2027-08-05')],
    },
  ];

  it('covers each obligation through the last day a claim not withdrawn took, and its facts', () => {
    expect(coverageOf(claims)).toEqual({
      delayThrough: { 'milestone:a': '2027-07-25', 'milestone:b': '2027-08-05' },
      fines: ['BUILD_DEADLINE_MISSED:milestone:start'],
      amountRub: '1000.00',
    });
  });

  it('totals what was claimed, paid and written off, leaving withdrawn claims out', () => {
    expect(claimTotals(claims)).toEqual({
      claimedRub: '1000.00',
      paidRub: '500.00',
      writtenOffRub: '300.00',
    });
  });
});
