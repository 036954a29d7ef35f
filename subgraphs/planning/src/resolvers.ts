import { DateScalar, UuidScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { roadmapMutations } from './modules/roadmaps/mutations.js';
import { MunicipalityType, RegionType, RoadmapItemType, roadmapQueries, RoadmapType } from './modules/roadmaps/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  UUID: UuidScalar,
  Query: { ...roadmapQueries },
  Mutation: { ...roadmapMutations },
  Roadmap: RoadmapType,
  RoadmapItem: RoadmapItemType,
  Region: RegionType,
  Municipality: MunicipalityType,
};
