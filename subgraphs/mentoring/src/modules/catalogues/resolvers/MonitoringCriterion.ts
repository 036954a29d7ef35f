import type   { MonitoringCriterionResolvers } from './../../../__generated__/types.generated.js';
    export const MonitoringCriterion: MonitoringCriterionResolvers = {
    /* Implement MonitoringCriterion resolver logic here */
  };