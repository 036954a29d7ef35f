import { findConnection, referenceTo } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  MunicipalityResolvers,
  QueryResolvers,
  RegionResolvers,
  RoadmapFilter,
  RoadmapResolvers,
} from '../../__generated__/resolvers-types.js';
import { RoadmapSchema, type Roadmap } from './roadmap.entity.js';

function roadmapsWhere(filter: RoadmapFilter | null | undefined): FilterQuery<Roadmap> {
  const conditions: FilterQuery<Roadmap>[] = [];
  if (filter?.level) conditions.push({ level: filter.level });
  if (filter?.year !== undefined && filter.year !== null) {
    conditions.push({ startYear: { $lte: filter.year }, endYear: { $gte: filter.year } });
  }
  return { $and: conditions };
}

export const roadmapQueries: Pick<QueryResolvers, 'roadmap' | 'roadmaps'> = {
  roadmap: (_, { id }, { loaders }) => loaders.roadmapById.load(id),
  roadmaps: (_, { filter, ...page }, { em }) =>
    findConnection(em, RoadmapSchema, roadmapsWhere(filter), page, { startYear: 'asc', title: 'asc', id: 'asc' }),
};

export const RoadmapType: RoadmapResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.roadmapById.load(ref.id),
  region: (roadmap) => referenceTo(roadmap.regionId),
  municipality: (roadmap) => referenceTo(roadmap.municipalityId),
  organization: (roadmap) => referenceTo(roadmap.organizationId),
  items: (roadmap, _, { loaders }) => loaders.itemsByRoadmap.load(roadmap.id),
};

export const RegionType: RegionResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  roadmaps: (region, _, { loaders }) => loaders.roadmapsByRegion.load(region.id),
};

export const MunicipalityType: MunicipalityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  roadmaps: (municipality, _, { loaders }) => loaders.roadmapsByMunicipality.load(municipality.id),
};
