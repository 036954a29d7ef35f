import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MonitoringMeasureSchema } from '../../measure.entity.js';

export const monitoringMeasures: NonNullable<QueryResolvers['monitoringMeasures']> = (_, __, { em }) =>
  em.find(MonitoringMeasureSchema, {}, { orderBy: { position: 'asc' } });
