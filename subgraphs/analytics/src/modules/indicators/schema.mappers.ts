export type { IndicatorTarget as IndicatorTargetMapper } from './indicator-target.entity.js';
export type { Indicator as IndicatorMapper } from './indicator.entity.js';
