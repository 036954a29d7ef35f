import type { MONITORING_MEASURE_CODES } from './measure.entity.js';

/** One value of a programme's monitoring; `MonitoringMeasure.criterion` resolves the catalogued measure. */
export interface MeasureValue {
  measure: (typeof MONITORING_MEASURE_CODES)[number];
  value: number;
}
