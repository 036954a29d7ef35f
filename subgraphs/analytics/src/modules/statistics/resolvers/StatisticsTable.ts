import type { StatisticsTableResolvers } from './../../../__generated__/types.generated.js';
export const StatisticsTable: StatisticsTableResolvers = {/* Implement StatisticsTable resolver logic here */};
