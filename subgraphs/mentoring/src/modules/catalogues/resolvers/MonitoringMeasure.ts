import { present } from '@mentoring/platform/graphql';
import type { MonitoringMeasureResolvers } from '../../../__generated__/types.generated.js';

export const MonitoringMeasure: MonitoringMeasureResolvers = {
  criterion: async (value, _, { loaders }) =>
    present(await loaders.measureByCode.load(value.measure), `monitoring measure ${value.measure}`),
};
