import { anOffer, batteryTender } from '../../src/cli/data';

export { anOffer };
import type { ApiClient } from './api-client';

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
