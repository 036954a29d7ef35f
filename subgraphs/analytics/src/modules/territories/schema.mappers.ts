export type {
  EntityReference as MunicipalityMapper,
  EntityReference as RegionMapper,
} from '@mentoring/platform/graphql';
