export { activeOfficerIds } from './infrastructure/user-rows';
export { organizationSummaries, organizationSummary } from './infrastructure/organization-rows';
export type { OrganizationSummary } from './infrastructure/organization-rows';
export { organizationNames } from './infrastructure/organization-reads';
export type { OrganizationName } from './infrastructure/organization-reads';
export { activeUserIdsOfOrganizations } from './infrastructure/user-reads';
