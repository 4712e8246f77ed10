export { organizationNames } from './infrastructure/organization-reads';
export type { OrganizationName } from './infrastructure/organization-reads';
export { activeUserIdsOf } from './infrastructure/user-reads';
