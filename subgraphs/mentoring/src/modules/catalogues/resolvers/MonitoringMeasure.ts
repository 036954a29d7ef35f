import type   { MonitoringMeasureResolvers } from './../../../__generated__/types.generated.js';
    export const MonitoringMeasure: MonitoringMeasureResolvers = {
    /* Implement MonitoringMeasure resolver logic here */
  };