import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';

export const Municipality: Pick<MunicipalityResolvers, 'id' | 'roadmaps' | '__resolveReference'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  roadmaps: (municipality, _, { loaders }) => loaders.roadmapsByMunicipality.load(municipality.id),
};
