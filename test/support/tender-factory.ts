import type { ApiClient } from './api-client';

const HOUR = 3600 * 1000;

/** The Moscow battery tender of DOMAIN.md §1, with a timeline relative to `now`. */
export function aBatteryTender(
  commission: string[],
  now: Date,
  overrides: Record<string, unknown> = {},
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
    criteria: [
      { code: 'price', weight: 60 },
      { code: 'investment', weight: 15 },
      { code: 'buildTime', weight: 10 },
      { code: 'localization', weight: 5 },
      { code: 'technology', weight: 10 },
    ],
    commission,
    timeline: {
      enquiriesUntil: new Date(now.getTime() + 24 * HOUR).toISOString(),
      submissionDeadline: new Date(now.getTime() + 48 * HOUR).toISOString(),
    },
    ...overrides,
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

/** A bid that meets every offset condition; override fields to break one. */
export function aBid(overrides: Record<string, unknown> = {}) {
  return { ...anOffer('1320000.00', 3400, 30, 65), ...overrides };
}

/** Sandbox time, as the server sees it. */
export async function serverNow(api: ApiClient): Promise<Date> {
  return new Date((await api.get('/sandbox/clock')).body.now);
}

export async function publishedTender(
  api: ApiClient,
  officerToken: string,
  commission: string[],
  overrides = {},
) {
  const created = await api.post(
    '/tenders',
    aBatteryTender(commission, await serverNow(api), overrides),
    officerToken,
  );
  if (created.status !== 201) throw new Error(`create tender: ${created.status} ${created.text}`);
  const published = await api.post(`/tenders/${created.body.id}/publish`, {}, officerToken);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
  return published.body;
}
