import { mapTenderStatus, toCompiledRelease, toOcdsContract } from './ocds-mapping';

const tender = {
  id: 't1',
  status: 'tendering',
  title: 'Cells',
  description: 'Battery cells',
  customer: 'Ministry',
  item: 'cell',
  unit: 'pcs',
  quantity: 3,
  maxUnitPriceRub: '1000.10',
  criteria: [{ code: 'price', weight: 100 }],
  enquiriesUntil: new Date('2027-01-01T00:00:00Z'),
  submissionDeadline: new Date('2027-01-10T00:00:00Z'),
  publishedAt: new Date('2026-12-01T00:00:00Z'),
  updatedAt: new Date('2026-12-01T00:00:00Z'),
  bidsOpenedAt: null,
  bidsCount: null,
  amendments: [],
};

describe('OCDS mapping', () => {
  it('maps tender statuses per DOMAIN.md §9', () => {
    expect(
      ['draft', 'tendering', 'evaluation', 'standstill', 'contracting'].map(mapTenderStatus),
    ).toEqual(['planning', 'active', 'active', 'active', 'active']);
    expect(['complete', 'cancelled', 'unsuccessful'].map(mapTenderStatus)).toEqual([
      'complete',
      'cancelled',
      'unsuccessful',
    ]);
  });

  it('prices the tender as ceiling × quantity, a JSON number, and hides bids before opening', () => {
    const r = toCompiledRelease('ocds-x', tender, [], []) as Record<string, any>;
    expect(r.ocid).toBe('ocds-x-t1');
    expect(r.tender.value).toEqual({ amount: 3000.3, currency: 'RUB' });
    expect(r.bids).toBeUndefined();
    const opened = toCompiledRelease(
      'ocds-x',
      { ...tender, bidsOpenedAt: new Date(), bidsCount: 2 },
      [],
      [],
    ) as Record<string, any>;
    expect(opened.bids.statistics[0].value).toBe(2);
  });

  it('maps contract and milestone statuses', () => {
    const due = new Date('2027-03-01T00:00:00Z');
    const c = toOcdsContract({
      id: 'c1',
      awardId: 'a1',
      status: 'completed',
      valueRub: '10.50',
      items: [],
      milestones: [
        { id: 'm1', title: 'a', dueDate: due, status: 'overdue', metAt: null },
        { id: 'm2', title: 'b', dueDate: due, status: 'met_late', metAt: due },
      ],
      orders: [],
    });
    expect(c.status).toBe('terminated');
    expect(c.value.amount).toBe(10.5);
    expect(c.implementation.milestones.map((m) => m.status)).toEqual(['notMet', 'met']);
    expect(c.implementation.milestones[1].dateMet).toBe(due.toISOString());
  });

  it('publishes the contract items at its unit prices and each order as a delivery milestone', () => {
    const due = new Date('2030-05-31T20:59:59.999Z');
    const c = toOcdsContract({
      id: 'c1',
      awardId: 'a1',
      status: 'active',
      valueRub: '6933000000.00',
      items: [
        { code: 'lfp-200', name: 'LFP', unit: 'pack', unitPriceRub: '1320000.00', quantity: 3900 },
      ],
      milestones: [],
      orders: [
        {
          id: 'o1',
          item: 'lfp-200',
          quantity: 40,
          stageYear: 4,
          dueDate: due,
          status: 'placed',
          fulfilledAt: null,
        },
        {
          id: 'o2',
          item: 'lfp-200',
          quantity: 10,
          stageYear: 4,
          dueDate: due,
          status: 'fulfilled_late',
          fulfilledAt: due,
        },
        {
          id: 'o3',
          item: 'lfp-200',
          quantity: 5,
          stageYear: 4,
          dueDate: due,
          status: 'failed',
          fulfilledAt: null,
        },
      ],
    });
    expect(c.items).toEqual([
      {
        id: 'lfp-200',
        description: 'LFP',
        quantity: 3900,
        unit: { name: 'pack', value: { amount: 1320000, currency: 'RUB' } },
      },
    ]);
    expect(c.implementation.milestones.map((m) => [m.id, m.type, m.status])).toEqual([
      ['o1', 'delivery', 'scheduled'],
      ['o2', 'delivery', 'met'],
      ['o3', 'delivery', 'notMet'],
    ]);
  });
});
