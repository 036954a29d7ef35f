export type { EntityReference as RegionMapper } from '@mentoring/platform/graphql';
export type { EntityReference as MunicipalityMapper } from '@mentoring/platform/graphql';
