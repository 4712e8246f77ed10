/**
 * The Moscow battery tender of DOMAIN.md §1 with a timeline of the bench's choosing.
 * `expertCriterion: false` drops the commission-scored "technology" criterion, so an
 * award needs no expert scores (the 10,000-bid evaluation measures computation, not a
 * commission typing 10,000 scores).
 */
export function batteryTender(
  commission: string[],
  enquiriesUntil: Date,
  submissionDeadline: Date,
  expertCriterion = true,
) {
  return {
    title: 'Offset contract: traction batteries with a plant in Moscow',
    description:
      'Build a traction-battery plant in Moscow within 3 years, then supply packs for 7 years.',
    customer: 'Moscow Department of Transport',
    subject: { item: 'Traction battery pack', unit: 'pack', quantity: 12000 },
    maxUnitPriceRub: '1450000.00',
    offsetConditions: {
      minInvestmentRub: '3000000000.00',
      maxBuildMonths: 36,
      region: 'Moscow',
      minLocalizationPct: 50,
      contractYears: 10,
    },
    criteria: expertCriterion
      ? [
          { code: 'price', weight: 60 },
          { code: 'investment', weight: 15 },
          { code: 'buildTime', weight: 10 },
          { code: 'localization', weight: 5 },
          { code: 'technology', weight: 10 },
        ]
      : [
          { code: 'price', weight: 60 },
          { code: 'investment', weight: 20 },
          { code: 'buildTime', weight: 10 },
          { code: 'localization', weight: 10 },
        ],
    commission,
    timeline: {
      enquiriesUntil: enquiriesUntil.toISOString(),
      submissionDeadline: submissionDeadline.toISOString(),
    },
  };
}

/**
 * A bid that meets every offset condition. `n` varies price, investment and build time
 * (integer arithmetic on kopecks and millions: money is never a float) so that ranking
 * has work to do.
 */
export function aBid(n = 0) {
  const priceKopecks = 130_000_000n + BigInt(n % 1500) * 1000n; // 1,300,000.00 … 1,314,990.00 RUB
  const investmentMillions = 3400 + (n % 500);
  const buildMonths = 24 + (n % 12);
  return {
    unitPriceRub: `${priceKopecks / 100n}.${String(priceKopecks % 100n).padStart(2, '0')}`,
    investmentRub: `${investmentMillions}000000.00`,
    buildMonths,
    localizationPct: 55 + (n % 40),
    plant: { address: 'Moscow, Technopolis Moscow SEZ, Zelenograd', capacityPerYear: 5000 },
    milestones: [
      {
        code: 'land_secured',
        title: 'Land lease signed',
        dueMonth: 3,
        investmentRub: '150000000.00',
      },
      {
        code: 'construction_started',
        title: 'Construction started',
        dueMonth: 9,
        investmentRub: '1250000000.00',
      },
      {
        code: 'production_start',
        title: 'First packs shipped',
        dueMonth: buildMonths,
        investmentRub: `${investmentMillions - 1400}000000.00`,
      },
    ],
    technicalProposal: 'LFP cells, 2,000 cycles, local cathode production from year 2',
  };
}
