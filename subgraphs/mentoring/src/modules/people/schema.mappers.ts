export type { EntityReference as PersonMapper } from '@mentoring/platform/graphql';
export type { EntityReference as PersonMentoringMapper } from '@mentoring/platform/graphql';
