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
  unitPriceRub: string;
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
    unitPriceRub: '1310000.00',
    investmentMillions: 3600,
    buildMonths: 28,
    localizationPct: 65,
    technology: [84, 80],
    proposal: 'LFP cells, 3,000 cycles, local cathode production from year 2',
  },
  {
    company: 'Sever Energy Storage',
    person: 'Dmitry Sokolov',
    unitPriceRub: '1280000.00',
    investmentMillions: 3100,
    buildMonths: 34,
    localizationPct: 55,
    technology: [70, 74],
    proposal: 'NMC cells licensed from a partner, local module assembly',
  },
  {
    company: 'Ural Cell Works',
    person: 'Olga Kuznetsova',
    unitPriceRub: '1395000.00',
    investmentMillions: 3900,
    buildMonths: 24,
    localizationPct: 60,
    technology: [78, 76],
    proposal: 'LFP blade cells, automated line, recycling plant in year 4',
  },
];

/** An offer whose tranches sum to the investment: two early milestones, then the build. */
export function offer(i: Investor) {
  return {
    unitPriceRub: i.unitPriceRub,
    investmentRub: `${i.investmentMillions}000000.00`,
    buildMonths: i.buildMonths,
    localizationPct: i.localizationPct,
    plant: { address: 'Moscow, Technopolis Moscow SEZ, Zelenograd', capacityPerYear: 5000 },
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
