export type { Organization as OrganizationMapper } from './organization.entity.js';
