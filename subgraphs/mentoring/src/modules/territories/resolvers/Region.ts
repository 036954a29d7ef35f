import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { shownPairCount } from '../pair-counts.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (region, _, { loaders, viewer }) =>
    shownPairCount(loaders.activePairCountByRegion, region.id, viewer),
};
