import type { ContractItem, ContractStage } from './contract-stages';
import { checkOrder, stageProgress, undeliveredQuantity } from './supply-rules';

const items: ContractItem[] = [
  {
    code: 'lfp-48',
    name: 'LFP pack',
    unit: 'pack',
    unitPriceRub: '1300000.00',
    quantityByYear: [0, 100, 150],
    valueRub: '325000000.00',
  },
];
const stages: ContractStage[] = [
  { year: 2, startsOn: '2031-01-31', endsOn: '2032-01-30', valueRub: '130000000.00' },
  { year: 3, startsOn: '2032-01-31', endsOn: '2033-01-30', valueRub: '195000000.00' },
];
const ctx = (ordered = 0, leadDays = 30) => ({
  items,
  stages,
  today: '2031-03-01',
  leadDays,
  orderedInStage: () => ordered,
});

describe('an order refused beyond the stage plan', () => {
  it('fits the plan of the stage its deliverBy falls in', () => {
    expect(checkOrder({ item: 'lfp-48', quantity: 100, deliverBy: '2031-06-30' }, ctx())).toEqual({
      stageYear: 2,
      unitPriceRub: '1300000.00',
    });
  });

  it('is ORDER_EXCEEDS_PLAN when it and the orders before pass the year’s quantity', () => {
    expect(
      checkOrder({ item: 'lfp-48', quantity: 41, deliverBy: '2031-06-30' }, ctx(60)),
    ).toMatchObject({ code: 'ORDER_EXCEEDS_PLAN', details: { planned: 100, ordered: 60 } });
  });

  it('refuses a deliverBy outside every stage, or closer than the lead time', () => {
    expect(
      checkOrder({ item: 'lfp-48', quantity: 1, deliverBy: '2033-01-31' }, ctx()),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      refusal: {
        field: 'deliverBy',
        constraints: [{ code: 'deliverByOutsideStages', args: ['2033-01-31'] }],
      },
    });
    expect(
      checkOrder({ item: 'lfp-48', quantity: 1, deliverBy: '2031-03-30' }, ctx()),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      refusal: {
        field: 'deliverBy',
        constraints: [{ code: 'deliverByTooSoon', args: ['2031-03-31', 30] }],
      },
    });
    // Sandbox: no lead time, but never a day in the past.
    expect(checkOrder({ item: 'lfp-48', quantity: 1, deliverBy: '2031-03-01' }, ctx(0, 0))).toEqual(
      { stageYear: 2, unitPriceRub: '1300000.00' },
    );
    expect(checkOrder({ item: 'nmc', quantity: 1, deliverBy: '2031-06-30' }, ctx())).toMatchObject({
      code: 'VALIDATION_FAILED',
      refusal: { field: 'item', constraints: [{ code: 'unknownItem', args: ['nmc'] }] },
    });
  });

  it('lets rejected units be delivered again, never more than ordered', () => {
    expect(
      undeliveredQuantity(100, [
        { quantity: 60, acceptedQuantity: 50 },
        { quantity: 30, acceptedQuantity: null },
      ]),
    ).toBe(20);
  });

  it('shows per stage and item the planned, ordered, delivered and accepted quantity and value', () => {
    const [year2] = stageProgress(stages, items, [
      { stageYear: 2, item: 'lfp-48', quantity: 40, deliveredQuantity: 30, acceptedQuantity: 25 },
    ]);
    expect(year2.items).toEqual([
      {
        item: 'lfp-48',
        unitPriceRub: '1300000.00',
        planned: { quantity: 100, valueRub: '130000000.00' },
        ordered: { quantity: 40, valueRub: '52000000.00' },
        delivered: { quantity: 30, valueRub: '39000000.00' },
        accepted: { quantity: 25, valueRub: '32500000.00' },
      },
    ]);
  });
});
