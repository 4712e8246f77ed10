export { activeUserIdsOfOrganizations } from './infrastructure/user-reads';
