import { anOffer, BATTERY_ITEMS, batteryTender } from '../../src/cli/data';

export { anOffer };
import type { ApiClient, SignedIn } from './api-client';

/** The Moscow battery tender of DOMAIN.md §1 (as the demo plays it), timeline relative to `now`. */
export function aBatteryTender(
  commission: string[],
  now: Date,
  overrides: Record<string, unknown> = {},
) {
  return { ...batteryTender(commission, now), ...overrides };
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

/** Two battery types for the Moscow tender (the demo's): nothing in years 1–3, then per year. */
export const TWO_BATTERY_ITEMS = BATTERY_ITEMS;

/** The battery tender written with `items` (CONTRACT.md §1) instead of the one-line subject. */
export function aTwoItemTender(
  commission: string[],
  now: Date,
  overrides: Record<string, unknown> = {},
) {
  const { subject: _s, maxUnitPriceRub: _m, ...rest } = aBatteryTender(commission, now);
  return { ...rest, items: TWO_BATTERY_ITEMS, ...overrides };
}

/**
 * A sound bid on the two-item tender: each item priced under its ceiling and a plant
 * whose output keeps each item's largest year within 30 % (600 / 0.30 = 2000).
 */
export function aTwoItemBid(overrides: Record<string, unknown> = {}) {
  const { unitPriceRub: _u, plant, ...rest } = aBid();
  return {
    ...rest,
    prices: [
      { item: 'lfp-200', unitPriceRub: '1320000.00' },
      { item: 'nmc-90', unitPriceRub: '850000.00' },
    ],
    plant: { address: plant.address, capacityByItem: { 'lfp-200': 2000, 'nmc-90': 1000 } },
    ...overrides,
  };
}

export async function publishedTwoItemTender(
  api: ApiClient,
  officerToken: string,
  commission: string[],
  overrides = {},
) {
  const created = await api.post(
    '/tenders',
    aTwoItemTender(commission, await serverNow(api), overrides),
    officerToken,
  );
  if (created.status !== 201) throw new Error(`create tender: ${created.status} ${created.text}`);
  const published = await api.post(`/tenders/${created.body.id}/publish`, {}, officerToken);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
  return published.body;
}

/** Moves the sandbox clock a second past the tender's submission deadline: the opening. */
export async function passSubmissionDeadline(
  api: ApiClient,
  adminToken: string,
  tender: { timeline: { submissionDeadline: string } },
): Promise<void> {
  const now = await serverNow(api);
  const moved = await api.post(
    '/sandbox/clock',
    { advanceMs: Date.parse(tender.timeline.submissionDeadline) - now.getTime() + 1000 },
    adminToken,
  );
  if (moved.status !== 200) throw new Error(`clock: ${moved.status} ${moved.text}`);
}

/** Each offer filed by an investor of its own: the bids' ids by key, and the bidders. */
export async function fileOffers<K extends string>(
  api: ApiClient,
  tenderId: string,
  offers: Record<K, Record<string, unknown>>,
): Promise<{ bid: Record<K, string>; bidders: SignedIn[] }> {
  const bid = {} as Record<K, string>;
  const bidders: SignedIn[] = [];
  for (const [key, body] of Object.entries(offers) as [K, Record<string, unknown>][]) {
    const investor = await api.registerInvestor();
    bidders.push(investor);
    const res = await api.post(`/tenders/${tenderId}/bids`, body, investor.token);
    if (res.status !== 201) throw new Error(`bid ${key}: ${res.status} ${res.text}`);
    bid[key] = res.body.id;
  }
  return { bid, bidders };
}
