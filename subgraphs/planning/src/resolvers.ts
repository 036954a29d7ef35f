import { DateScalar, UuidScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { MunicipalityType, RegionType, roadmapQueries, RoadmapType } from './modules/roadmaps/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  UUID: UuidScalar,
  Query: { ...roadmapQueries },
  Roadmap: RoadmapType,
  Region: RegionType,
  Municipality: MunicipalityType,
};
