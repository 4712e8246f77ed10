import type { TenderEntity } from '../infrastructure/tender.entity';
import { resolveLines } from './tender-checks';

/** A row written before product lines: no items, and a ceiling stored without decimals. */
const olderTender = {
  items: null,
  subject: { item: 'Traction battery pack', unit: 'pack', quantity: 12000 },
  maxUnitPriceRub: '1450000',
  offsetConditions: {
    minInvestmentRub: '3000000000.00',
    maxBuildMonths: 36,
    region: 'Moscow',
    minLocalizationPct: 50,
    contractYears: 10,
  },
} as unknown as TenderEntity;

describe('a tender made before items', () => {
  it('re-spreads its one line when an amendment shortens the contract', () => {
    const lines = resolveLines(
      olderTender,
      {},
      { ...olderTender.offsetConditions, contractYears: 8 },
    );
    expect(lines.items).toEqual([
      {
        code: 'main',
        name: 'Traction battery pack',
        unit: 'pack',
        maxUnitPriceRub: '1450000.00',
        quantityByYear: [0, 0, 0, 2400, 2400, 2400, 2400, 2400],
      },
    ]);
    expect(lines.maxUnitPriceRub).toBe('1450000.00');
  });

  it('refuses a term change that leaves no supply year: 400 INVALID_SUPPLY_PLAN', () => {
    expect(() =>
      resolveLines(olderTender, {}, { ...olderTender.offsetConditions, contractYears: 3 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_SUPPLY_PLAN' }));
  });
});
