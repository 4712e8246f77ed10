import type { EntityManager } from 'typeorm';

/** The active users of these organizations (each user once). */
export async function activeUserIdsOfOrganizations(
  m: EntityManager,
  organizationIds: string[],
): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await m.query<{ id: string }[]>(
    'SELECT id FROM users WHERE organization_id = ANY($1) AND active',
    [organizationIds],
  );
  return rows.map((r) => r.id);
}
