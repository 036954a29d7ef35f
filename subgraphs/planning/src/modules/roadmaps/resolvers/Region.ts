import type { RegionResolvers } from '../../../__generated__/types.generated.js';

export const Region: Pick<RegionResolvers, 'id' | 'roadmaps' | '__resolveReference'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  roadmaps: (region, _, { loaders }) => loaders.roadmapsByRegion.load(region.id),
};
