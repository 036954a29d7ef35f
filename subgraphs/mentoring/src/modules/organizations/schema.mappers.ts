export type { EntityReference as OrganizationMapper } from '@mentoring/platform';
export type { EntityReference as OrganizationMentoringMapper } from '@mentoring/platform';
