import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { inYear } from '../../indicators/targets-in-year.js';
import { territoryIndicators } from '../../values/territory-indicators.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicatorTargets: async (region, { year }, { loaders }) =>
    inYear(await loaders.targetsByRegion.load(region.id), year),
  indicators: (region, args, context) => territoryIndicators({ level: 'REGION', id: region.id }, args, context),
};
