import type { StatisticRowResolvers } from './../../../__generated__/types.generated.js';
export const StatisticRow: StatisticRowResolvers = {/* Implement StatisticRow resolver logic here */};
