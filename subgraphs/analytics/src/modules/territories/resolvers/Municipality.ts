import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';
import { inYear } from '../../indicators/targets-in-year.js';
import { territoryIndicators } from '../../values/territory-indicators.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicatorTargets: async (municipality, { year }, { loaders }) =>
    inYear(await loaders.targetsByMunicipality.load(municipality.id), year),
  indicators: (municipality, args, context) =>
    territoryIndicators({ level: 'MUNICIPALITY', id: municipality.id }, args, context),
};
