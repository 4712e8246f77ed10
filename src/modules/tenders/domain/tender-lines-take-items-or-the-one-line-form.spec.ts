import { itemsOfOneLineSubject, supplyPlanProblems, type SupplyItem } from './supply-plan';
import { linesAfter, type TenderLines } from './tender-lines';

const moscow = { contractYears: 10, maxBuildMonths: 36 };
const packs = { item: 'Traction battery pack', unit: 'pack', quantity: 12000 };
const twoItems: SupplyItem[] = [
  {
    code: 'lfp-200',
    name: 'LFP pack 200 kWh',
    unit: 'pack',
    maxUnitPriceRub: '1450000.00',
    quantityByYear: [0, 0, 0, 400, 500, 500, 500, 500, 500, 600],
  },
  {
    code: 'nmc-90',
    name: 'NMC pack 90 kWh',
    unit: 'pack',
    maxUnitPriceRub: '900000.00',
    quantityByYear: [0, 0, 0, 300, 300, 300, 300, 300, 300, 300],
  },
];

const lines = (outcome: ReturnType<typeof linesAfter>): TenderLines => {
  if ('invalid' in outcome) throw new Error(JSON.stringify(outcome.invalid));
  return outcome.lines;
};
const current = (l: TenderLines, terms = moscow) => ({ ...l, terms });

describe('a tender buys items, or one line written as in version 1', () => {
  it('stores the one-line form as the one item main and keeps its subject and ceiling', () => {
    const made = lines(linesAfter(null, { subject: packs, maxUnitPriceRub: '1450000.00' }, moscow));
    expect(made.items).toEqual(itemsOfOneLineSubject(packs, '1450000.00', moscow));
    expect(made.subject).toEqual(packs);
    expect(made.maxUnitPriceRub).toBe('1450000.00');
  });

  it('shows no subject or single ceiling for several items', () => {
    expect(lines(linesAfter(null, { items: twoItems }, moscow))).toEqual({
      items: twoItems,
      subject: null,
      maxUnitPriceRub: null,
    });
  });

  it('reads one item sent as items as the one-line subject too, its quantity the plan total', () => {
    const made = lines(linesAfter(null, { items: [twoItems[0]] }, moscow));
    expect(made.subject).toEqual({ item: 'LFP pack 200 kWh', unit: 'pack', quantity: 3500 });
    expect(made.maxUnitPriceRub).toBe('1450000.00');
  });

  it.each([
    ['both forms', { items: twoItems, maxUnitPriceRub: '1.00' }],
    ['a subject without a ceiling', { subject: packs }],
    ['neither form', {}],
  ])('refuses %s on a new tender', (_name, change) => {
    expect(linesAfter(null, change, moscow)).toEqual({
      invalid: [
        {
          field: 'items',
          errors: [expect.stringContaining('either items')],
          constraints: [{ code: 'itemsOrOneLineSubject' }],
        },
      ],
    });
  });

  it('re-spreads a one-line tender when the build time changes', () => {
    const v1 = lines(linesAfter(null, { subject: packs, maxUnitPriceRub: '1450000.00' }, moscow));
    const later = { contractYears: 10, maxBuildMonths: 48 };
    const after = lines(linesAfter(current(v1), {}, later));
    expect(after.items[0].quantityByYear).toEqual([0, 0, 0, 0, 2000, 2000, 2000, 2000, 2000, 2000]);
    expect(supplyPlanProblems(after.items, later)).toEqual([]);
  });

  it('keeps the years of a one-item plan written as items when only its ceiling changes', () => {
    const custom = lines(linesAfter(null, { items: [twoItems[0]] }, moscow));
    const after = lines(linesAfter(current(custom), { maxUnitPriceRub: '1400000.00' }, moscow));
    expect(after.items).toEqual([{ ...twoItems[0], maxUnitPriceRub: '1400000.00' }]);
  });

  it('refuses a single ceiling for a tender of several items', () => {
    const several = lines(linesAfter(null, { items: twoItems }, moscow));
    expect(linesAfter(current(several), { maxUnitPriceRub: '1.00' }, moscow)).toHaveProperty(
      'invalid',
    );
  });

  it('turns several items into one line when both halves of the one-line form come', () => {
    const several = lines(linesAfter(null, { items: twoItems }, moscow));
    const after = lines(
      linesAfter(current(several), { subject: packs, maxUnitPriceRub: '1450000.00' }, moscow),
    );
    expect(after.items.map((i) => i.code)).toEqual(['main']);
  });
});

describe('the supply plan check (INVALID_SUPPLY_PLAN) on items', () => {
  it('refuses a delivery in a year that starts before the plant is built', () => {
    const early = [
      { ...twoItems[0], quantityByYear: [0, 0, 10, 400, 500, 500, 500, 500, 500, 600] },
    ];
    expect(supplyPlanProblems(early, moscow).map((p) => p.message)).toEqual([
      'lfp-200: year 3 starts before the plant is built (36 months)',
    ]);
  });

  it('refuses a plan of another length than the contract and a code used twice', () => {
    const short = { ...twoItems[1], quantityByYear: [0, 0, 0, 1] };
    expect(supplyPlanProblems([twoItems[0], twoItems[0], short], moscow)).toEqual([
      {
        code: 'itemCodeRepeated',
        args: ['lfp-200'],
        message: 'item code "lfp-200" is used twice',
      },
      {
        code: 'itemPlanYears',
        args: ['nmc-90', 4, 10],
        message: 'nmc-90: quantityByYear has 4 years, not 10',
      },
    ]);
  });
});
