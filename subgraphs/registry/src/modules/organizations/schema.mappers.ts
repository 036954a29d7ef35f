export type { Organization as OrganizationMapper } from '../organizations/organization.entity.js';
