import type { StatisticFormResolvers } from './../../../__generated__/types.generated.js';
export const StatisticForm: StatisticFormResolvers = {/* Implement StatisticForm resolver logic here */};
