import type { EntityManager } from 'typeorm';

/** Organizations with a submitted (or since invalidated) bid in the tender. */
export async function bidderOrganizationIds(m: EntityManager, tenderId: string): Promise<string[]> {
  const rows = await m.query<{ organization_id: string }[]>(
    `SELECT DISTINCT organization_id FROM bids
     WHERE tender_id = $1 AND status IN ('submitted', 'invalidated')`,
    [tenderId],
  );
  return rows.map((r) => r.organization_id);
}
