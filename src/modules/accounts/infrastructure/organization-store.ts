import type { EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** Saves a new organization; the returned entity carries the generated id. */
export function insertOrganization(
  m: EntityManager,
  organization: { name: string; inn: string },
): Promise<OrganizationEntity> {
  return m.save(m.create(OrganizationEntity, organization));
}
