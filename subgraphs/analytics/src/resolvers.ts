import type { Resolvers } from './__generated__/resolvers-types.js';
import {
  indicatorQueries,
  IndicatorTargetType,
  IndicatorType,
  MunicipalityType,
  RegionType,
} from './modules/indicators/resolvers.js';

export const resolvers: Resolvers = {
  Query: { ...indicatorQueries },
  Indicator: IndicatorType,
  IndicatorTarget: IndicatorTargetType,
  Region: RegionType,
  Municipality: MunicipalityType,
};
