export type { Roadmap as RoadmapMapper } from './roadmap.entity.js';
export type { RoadmapItem as RoadmapItemMapper } from './roadmap-item.entity.js';
export type { EntityReference as RegionMapper } from '@mentoring/platform/graphql';
export type { EntityReference as MunicipalityMapper } from '@mentoring/platform/graphql';
export type { EntityReference as OrganizationMapper } from '@mentoring/platform/graphql';
