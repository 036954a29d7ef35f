import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  activeMentoringPairCount: (municipality, _, { loaders }) =>
    loaders.activePairCountByMunicipality.load(municipality.id),
};
