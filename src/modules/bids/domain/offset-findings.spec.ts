import type { BidContent } from './bid-content';
import { offsetFindings, OffsetTerms } from './offset-findings';

const moscowBattery: OffsetTerms = {
  maxUnitPriceRub: '1450000.00',
  minInvestmentRub: '3000000000.00',
  maxBuildMonths: 36,
  minLocalizationPct: 50,
};

const soundBid: BidContent = {
  unitPriceRub: '1320000.00',
  investmentRub: '3400000000.00',
  buildMonths: 30,
  localizationPct: 65,
  plant: { address: 'Moscow, Technopolis Moscow SEZ', capacityPerYear: 5000 },
  milestones: [
    {
      code: 'land_secured',
      title: 'Land lease signed',
      dueMonth: 3,
      investmentRub: '150000000.00',
    },
    {
      code: 'construction_started',
      title: 'Construction',
      dueMonth: 9,
      investmentRub: '1250000000.00',
    },
    {
      code: 'production_start',
      title: 'First packs',
      dueMonth: 30,
      investmentRub: '2000000000.00',
    },
  ],
  technicalProposal: 'LFP cells, 2,000 cycles',
};

describe('offset conditions of the Moscow battery tender', () => {
  it('find nothing in a sound bid', () =>
    expect(offsetFindings(soundBid, moscowBattery)).toEqual([]));

  it('flag an investment below 3 bn RUB (by one kopeck)', () => {
    const bid = {
      ...soundBid,
      investmentRub: '2999999999.99',
      milestones: soundBid.milestones.map((m) =>
        m.code === 'production_start' ? { ...m, investmentRub: '1599999999.99' } : m,
      ),
    };
    expect(offsetFindings(bid, moscowBattery).map((f) => f.code)).toEqual([
      'INVESTMENT_BELOW_MINIMUM',
    ]);
  });

  it('flag price above the ceiling, a build over 36 months and low localization', () => {
    const bid = {
      ...soundBid,
      unitPriceRub: '1450000.01',
      buildMonths: 40,
      localizationPct: 49,
      milestones: soundBid.milestones.map((m) =>
        m.code === 'production_start' ? { ...m, dueMonth: 40 } : m,
      ),
    };
    expect(offsetFindings(bid, moscowBattery).map((f) => f.code)).toEqual([
      'PRICE_ABOVE_CEILING',
      'BUILD_TIME_EXCEEDED',
      'LOCALIZATION_BELOW_MINIMUM',
    ]);
  });

  it.each([
    ['no production_start', { milestones: soundBid.milestones.slice(0, 2) }],
    ['production_start not at buildMonths', { buildMonths: 28 }],
    ['tranches not summing to the investment', { investmentRub: '3400000000.01' }],
    [
      'a build-phase milestone after the build',
      {
        milestones: [
          ...soundBid.milestones,
          { code: 'commissioning', title: 'x', dueMonth: 31, investmentRub: '0.00' },
        ],
      },
    ],
  ])('flag an invalid milestone plan: %s', (_name, change) => {
    const findings = offsetFindings({ ...soundBid, ...change } as BidContent, moscowBattery);
    expect(findings.map((f) => f.code)).toContain('MILESTONE_PLAN_INVALID');
  });
});
