export type { EntityReference as PersonMapper } from '@mentoring/platform';
export type { EntityReference as PersonMentoringMapper } from '@mentoring/platform';
