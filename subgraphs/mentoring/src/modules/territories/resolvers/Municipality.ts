import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';
import { shownPairCount } from '../pair-counts.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (municipality, _, { loaders, viewer }) =>
    shownPairCount(loaders.activePairCountByMunicipality, municipality.id, viewer),
};
