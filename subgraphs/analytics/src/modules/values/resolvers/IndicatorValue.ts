import type { IndicatorValueResolvers } from '../../../__generated__/types.generated.js';
import { valueSeries } from '../series.js';

const referenceAt = (level: string) => (value: { territory: { level: string; id: string } }) =>
  value.territory.level === level ? { id: value.territory.id } : null;

export const IndicatorValue: IndicatorValueResolvers = {
  level: (value) => value.territory.level,
  region: referenceAt('REGION'),
  municipality: referenceAt('MUNICIPALITY'),
  organization: referenceAt('ORGANIZATION'),
  series: (value, { from }, context) => valueSeries(value, from, context),
};
