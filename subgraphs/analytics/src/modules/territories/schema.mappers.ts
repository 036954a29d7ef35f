export type {
  EntityReference as MunicipalityMapper,
  EntityReference as OrganizationMapper,
  EntityReference as RegionMapper,
} from '@mentoring/platform/graphql';
