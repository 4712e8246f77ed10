import { batteryTender } from '../../src/cli/data';
import type { ApiClient } from './api-client';

/** The Moscow battery tender of DOMAIN.md §1 (as the demo plays it), timeline relative to `now`. */
export function aBatteryTender(
  commission: string[],
  now: Date,
  overrides: Record<string, unknown> = {},
) {
  return { ...batteryTender(commission, now), ...overrides };
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
