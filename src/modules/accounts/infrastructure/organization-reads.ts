import type { EntityManager } from 'typeorm';

export interface OrganizationName {
  id: string;
  name: string;
  inn: string;
}

/** Name and INN of each given organization, by id. */
export async function organizationNames(
  m: EntityManager,
  ids: string[],
): Promise<Map<string, OrganizationName>> {
  if (ids.length === 0) return new Map();
  const rows = await m.query<OrganizationName[]>(
    'SELECT id, name, inn FROM organizations WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
