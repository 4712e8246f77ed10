import { randomBytes, randomInt } from 'node:crypto';

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A random 10-digit legal-entity INN whose check digit is right. */
export function innFor(): string {
  const digits = Array.from({ length: 9 }, (_, i) =>
    i === 0 ? randomInt(1, 10) : randomInt(0, 10),
  );
  const sum = digits.reduce((acc, d, i) => acc + d * INN_WEIGHTS[i], 0);
  return [...digits, (sum % 11) % 10].join('');
}

export const RUN = randomBytes(4).toString('hex');
export const PASSWORD = 'demo password, battery plant';
export const email = (who: string) => `${who}.${RUN}@demo.offset-tender.local`;

/**
 * The one-line form of version 1 (CONTRACT.md §1: one item `main`). The bench and the
 * test factories build on it; the demo plays the two-item tender below.
 */
export function batteryTender(commission: string[], now: Date) {
  const hour = 3600e3;
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
    criteria: [
      { code: 'price', weight: 60 },
      { code: 'investment', weight: 15 },
      { code: 'buildTime', weight: 10 },
      { code: 'localization', weight: 5 },
      { code: 'technology', weight: 10 },
    ],
    commission,
    timeline: {
      enquiriesUntil: new Date(now.getTime() + 24 * hour).toISOString(),
      submissionDeadline: new Date(now.getTime() + 48 * hour).toISOString(),
    },
  };
}

/** Two battery types for the Moscow tender: nothing in years 1–3 (the build), then per year. */
export const BATTERY_ITEMS = [
  {
    code: 'lfp-200',
    name: 'LFP traction pack, 200 kWh',
    unit: 'pack',
    maxUnitPriceRub: '1450000.00',
    quantityByYear: [0, 0, 0, 400, 500, 600, 600, 600, 600, 600],
  },
  {
    code: 'nmc-90',
    name: 'NMC pack for Moskvich cars, 90 kWh',
    unit: 'pack',
    maxUnitPriceRub: '900000.00',
    quantityByYear: [0, 0, 0, 300, 300, 300, 300, 300, 300, 300],
  },
];

/**
 * Each item's plant output: the largest yearly quantity (600 LFP, 300 NMC) is 24 % and
 * 25 % of it, under the 30 % share a contract may take (CAPACITY_BELOW_OUTPUT_SHARE).
 */
export const PLANT_CAPACITY = { 'lfp-200': 2500, 'nmc-90': 1200 };

/** The battery tender written with `items` (CONTRACT.md §1): what the demo plays. */
export function twoItemBatteryTender(commission: string[], now: Date) {
  const { subject: _s, maxUnitPriceRub: _m, ...rest } = batteryTender(commission, now);
  return { ...rest, items: BATTERY_ITEMS };
}

/**
 * An offer with a consistent milestone plan: tranches sum to the investment and
 * production starts at buildMonths. Override fields to break an offset condition.
 */
export function anOffer(
  unitPriceRub: string,
  investmentMillions: number,
  buildMonths: number,
  localizationPct: number,
) {
  return {
    unitPriceRub,
    investmentRub: `${investmentMillions}000000.00`,
    buildMonths,
    localizationPct,
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

export interface Investor {
  company: string;
  person: string;
  /** Unit prices of the two items, each under its ceiling (1,450,000 and 900,000 RUB). */
  prices: { 'lfp-200': string; 'nmc-90': string };
  investmentMillions: number;
  buildMonths: number;
  localizationPct: number;
  technology: [number, number];
  proposal: string;
}

export const INVESTORS: Investor[] = [
  {
    company: 'Volga Battery Systems',
    person: 'Irina Petrova',
    prices: { 'lfp-200': '1310000.00', 'nmc-90': '845000.00' },
    investmentMillions: 3600,
    buildMonths: 28,
    localizationPct: 65,
    technology: [84, 80],
    proposal: 'LFP cells, 3,000 cycles, local cathode production from year 2',
  },
  {
    company: 'Sever Energy Storage',
    person: 'Dmitry Sokolov',
    prices: { 'lfp-200': '1280000.00', 'nmc-90': '870000.00' },
    investmentMillions: 3100,
    buildMonths: 34,
    localizationPct: 55,
    technology: [70, 74],
    proposal: 'NMC cells licensed from a partner, local module assembly',
  },
  {
    company: 'Ural Cell Works',
    person: 'Olga Kuznetsova',
    prices: { 'lfp-200': '1395000.00', 'nmc-90': '820000.00' },
    investmentMillions: 3900,
    buildMonths: 24,
    localizationPct: 60,
    technology: [78, 76],
    proposal: 'LFP blade cells, automated line, recycling plant in year 4',
  },
];

/**
 * A two-item offer (CONTRACT.md §1) whose tranches sum to the investment: two early
 * milestones, then the build.
 */
export function offer(i: Investor) {
  return {
    prices: Object.entries(i.prices).map(([item, unitPriceRub]) => ({ item, unitPriceRub })),
    investmentRub: `${i.investmentMillions}000000.00`,
    buildMonths: i.buildMonths,
    localizationPct: i.localizationPct,
    plant: {
      address: 'Moscow, Technopolis Moscow SEZ, Zelenograd',
      capacityByItem: PLANT_CAPACITY,
    },
    milestones: [
      {
        code: 'land_secured',
        title: 'Land lease signed',
        dueMonth: 2,
        investmentRub: '150000000.00',
      },
      {
        code: 'permit_obtained',
        title: 'Building permit',
        dueMonth: 6,
        investmentRub: '50000000.00',
      },
      {
        code: 'construction_started',
        title: 'Construction started',
        dueMonth: 14,
        investmentRub: '1200000000.00',
      },
      {
        code: 'production_start',
        title: 'First packs shipped',
        dueMonth: i.buildMonths,
        investmentRub: `${i.investmentMillions - 1400}000000.00`,
      },
    ],
    technicalProposal: i.proposal,
  };
}
