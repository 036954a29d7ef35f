export type { IndicatorValueView as IndicatorValueMapper } from './values.js';
