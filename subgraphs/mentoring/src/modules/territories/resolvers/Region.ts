import type { RegionResolvers } from '../../../__generated__/types.generated.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (region, _, { loaders }) => loaders.activePairCountByRegion.load(region.id),
};
