import type { Role } from '../../../common/auth/role';
import type { OrganizationEntity } from '../infrastructure/organization.entity';
import type { UserEntity } from '../infrastructure/user.entity';
import type { ActiveAccountRow } from '../infrastructure/user-rows';

export interface OrganizationView {
  id: string;
  name: string;
  inn: string;
}

export interface UserView {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  organization: OrganizationView | null;
  active: boolean;
  createdAt: string;
}

export function toOrganizationView(org: OrganizationEntity): OrganizationView {
  return { id: org.id, name: org.name, inn: org.inn };
}

/** Field by field: the password hash never leaves the repository layer. */
export function toUserView(user: UserEntity, organization: OrganizationEntity | null): UserView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    organization: organization ? toOrganizationView(organization) : null,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}

/** The signed-in account as the guard read it (active by definition). */
export function toAccountView(row: ActiveAccountRow): UserView {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    organization:
      row.organization_id === null
        ? null
        : {
            id: row.organization_id,
            name: row.organization_name ?? '',
            inn: row.organization_inn ?? '',
          },
    active: true,
    createdAt: row.created_at.toISOString(),
  };
}
