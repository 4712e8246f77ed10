import type { EntityManager } from 'typeorm';

/** The active users of an organization. */
export async function activeUserIdsOf(m: EntityManager, organizationId: string): Promise<string[]> {
  const users = await m.query<{ id: string }[]>(
    'SELECT id FROM users WHERE organization_id = $1 AND active',
    [organizationId],
  );
  return users.map((u) => u.id);
}
