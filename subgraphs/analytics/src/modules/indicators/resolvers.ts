import { findConnection, present, referenceTo } from '@mentoring/platform';
import type {
  IndicatorResolvers,
  IndicatorTargetResolvers,
  MunicipalityResolvers,
  QueryResolvers,
  RegionResolvers,
} from '../../__generated__/resolvers-types.js';
import type { IndicatorTarget } from './indicator-target.entity.js';
import { IndicatorSchema } from './indicator.entity.js';

/** Targets are few per territory, so a year filter is applied to the batched list. */
const inYear = (targets: IndicatorTarget[], year: number | null | undefined) =>
  year === null || year === undefined ? targets : targets.filter((target) => target.year === year);

export const indicatorQueries: Pick<QueryResolvers, 'indicator' | 'indicators'> = {
  indicator: (_, { code }, { loaders }) => loaders.indicatorByCode.load(code),
  indicators: (_, page, { em }) => findConnection(em, IndicatorSchema, {}, page, { code: 'asc' }),
};

export const IndicatorType: IndicatorResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.indicatorByCode.load(reference.code),
  targets: async (indicator, { year }, { loaders }) => inYear(await loaders.targetsByIndicator.load(indicator.code), year),
};

export const IndicatorTargetType: IndicatorTargetResolvers = {
  indicator: async (target, _, { loaders }) =>
    present(await loaders.indicatorByCode.load(target.indicator.code), `indicator of target ${target.id}`),
  region: (target) => referenceTo(target.regionId),
  municipality: (target) => referenceTo(target.municipalityId),
};

export const RegionType: RegionResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicatorTargets: async (region, { year }, { loaders }) => inYear(await loaders.targetsByRegion.load(region.id), year),
};

export const MunicipalityType: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicatorTargets: async (municipality, { year }, { loaders }) =>
    inYear(await loaders.targetsByMunicipality.load(municipality.id), year),
};
