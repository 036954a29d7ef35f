export type { OrganizationSystem as MentoringSystemMapper } from './organization-system.entity.js';
