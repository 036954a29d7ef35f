import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';
import { inYear } from '../../indicators/targets-in-year.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicatorTargets: async (municipality, { year }, { loaders }) =>
    inYear(await loaders.targetsByMunicipality.load(municipality.id), year),
};
