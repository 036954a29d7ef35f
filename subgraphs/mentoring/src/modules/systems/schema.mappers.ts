export type { OrganizationSystem as MentoringSystemMapper } from '../systems/organization-system.entity.js';
