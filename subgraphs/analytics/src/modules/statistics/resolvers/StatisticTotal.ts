import type { StatisticTotalResolvers } from './../../../__generated__/types.generated.js';
export const StatisticTotal: StatisticTotalResolvers = {/* Implement StatisticTotal resolver logic here */};
