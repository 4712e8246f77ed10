import { firstSupplyYear, itemsOfOneLineSubject, supplyPlanProblems } from './supply-plan';

const moscow = { contractYears: 10, maxBuildMonths: 36 };

describe('a one-line subject is a one-item tender spread over the supply years', () => {
  it('puts nothing in the build years and the remainder in the first supply year', () => {
    const [main] = itemsOfOneLineSubject(
      { item: 'Traction battery pack', unit: 'pack', quantity: 12000 },
      '1450000.00',
      moscow,
    );
    // Years 4–10 supply: 12000 = 7 × 1714 + 2.
    expect(main.quantityByYear).toEqual([0, 0, 0, 1716, 1714, 1714, 1714, 1714, 1714, 1714]);
    expect(main).toMatchObject({ code: 'main', name: 'Traction battery pack', unit: 'pack' });
    expect(supplyPlanProblems([main], moscow)).toEqual([]);
  });

  it('counts a build that ends inside a year as occupying it', () => {
    expect(firstSupplyYear(36)).toBe(4);
    expect(firstSupplyYear(30)).toBe(4);
    expect(firstSupplyYear(24)).toBe(3);
    expect(firstSupplyYear(1)).toBe(2);
  });

  it('leaves a plan that the check refuses when no year starts after the build', () => {
    const items = itemsOfOneLineSubject({ item: 'x', unit: 'u', quantity: 5 }, '1.00', {
      contractYears: 3,
      maxBuildMonths: 36,
    });
    expect(supplyPlanProblems(items, { contractYears: 3, maxBuildMonths: 36 })).toEqual([
      { code: 'itemPlanEmpty', args: ['main'], message: 'main: no year has a quantity' },
    ]);
  });
});

describe('the supply plan check (INVALID_SUPPLY_PLAN)', () => {
  const item = (code: string, quantityByYear: number[]) => ({
    code,
    name: code,
    unit: 'pack',
    maxUnitPriceRub: '100.00',
    quantityByYear,
  });

  it('refuses a quantity in a year that starts inside the build', () => {
    expect(
      supplyPlanProblems([item('a', [0, 0, 5, 0, 0])], { contractYears: 5, maxBuildMonths: 36 }),
    ).toEqual([
      {
        code: 'itemSupplyBeforeBuild',
        args: ['a', 3, 36],
        message: 'a: year 3 starts before the plant is built (36 months)',
      },
    ]);
  });

  it('refuses a plan of the wrong length, a bad or repeated code, and no items', () => {
    const terms = { contractYears: 5, maxBuildMonths: 12 };
    expect(supplyPlanProblems([item('a', [0, 1])], terms)).toEqual([
      {
        code: 'itemPlanYears',
        args: ['a', 2, 5],
        message: 'a: quantityByYear has 2 years, not 5',
      },
    ]);
    expect(supplyPlanProblems([item('B!', [0, 1, 1, 1, 1])], terms)).toEqual([
      {
        code: 'itemCodeFormat',
        args: ['B!', '^[a-z0-9_-]{1,40}$'],
        message: 'item code "B!" is not /^[a-z0-9_-]{1,40}$/',
      },
    ]);
    expect(
      supplyPlanProblems([item('a', [0, 1, 1, 1, 1]), item('a', [0, 1, 0, 0, 0])], terms),
    ).toEqual([{ code: 'itemCodeRepeated', args: ['a'], message: 'item code "a" is used twice' }]);
    expect(supplyPlanProblems([], terms)).toEqual([
      { code: 'itemCount', args: [1, 20], message: 'a tender buys 1 to 20 items' },
    ]);
  });
});
