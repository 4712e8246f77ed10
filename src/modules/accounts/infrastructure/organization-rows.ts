import type { DataSource, EntityManager } from 'typeorm';

export interface OrganizationSummary {
  id: string;
  name: string;
  inn: string;
}

export async function organizationSummary(
  m: EntityManager,
  id: string,
): Promise<OrganizationSummary> {
  const [org] = await m.query<OrganizationSummary[]>(
    'SELECT id, name, inn FROM organizations WHERE id = $1',
    [id],
  );
  return org;
}

export function organizationSummaries(
  db: DataSource | EntityManager,
  ids: string[],
): Promise<OrganizationSummary[]> {
  return db.query<OrganizationSummary[]>(
    'SELECT id, name, inn FROM organizations WHERE id = ANY($1::uuid[])',
    [ids],
  );
}
