import type { MeasureValue } from '../catalogues/measure-value.js';

/** Stored values by measure code, one MonitoringMeasure each; recordMonitoring stores only catalogued codes. */
export const measureValues = (values: Record<string, number> | null | undefined): MeasureValue[] =>
  Object.entries(values ?? {}).map(([measure, value]) => ({ measure: measure as MeasureValue['measure'], value }));
