export { activeOfficerIds } from './infrastructure/user-rows';
export { organizationSummaries, organizationSummary } from './infrastructure/organization-rows';
export type { OrganizationSummary } from './infrastructure/organization-rows';
