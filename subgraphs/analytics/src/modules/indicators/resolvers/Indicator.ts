import { catalogueSourceResolvers } from '@mentoring/sources';
import type { IndicatorResolvers } from '../../../__generated__/types.generated.js';
import { inYear } from '../targets-in-year.js';

export const Indicator: IndicatorResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.indicatorByCode.load(reference.code),
  source: catalogueSourceResolvers.source,
  alsoIn: catalogueSourceResolvers.alsoIn,
  targets: async (indicator, { year }, { loaders }) =>
    inYear(await loaders.targetsByIndicator.load(indicator.code), year),
};
