export type { EntityReference as OrganizationMapper } from '@mentoring/platform/graphql';
export type { EntityReference as OrganizationMentoringMapper } from '@mentoring/platform/graphql';
