import { present, referenceTo } from '@mentoring/platform/graphql';
import { optionalSourceView } from '@mentoring/sources';
import type { IndicatorTargetResolvers } from '../../../__generated__/types.generated.js';

export const IndicatorTarget: IndicatorTargetResolvers = {
  indicator: async (target, _, { loaders }) =>
    present(await loaders.indicatorByCode.load(target.indicator.code), `indicator of target ${target.id}`),
  source: optionalSourceView,
  region: (target) => referenceTo(target.regionId),
  municipality: (target) => referenceTo(target.municipalityId),
  // A double column is typed number | string by MikroORM; GraphQL's Float wants the number.
  value: ({ value }) => (value === null || value === undefined ? null : Number(value)),
};
